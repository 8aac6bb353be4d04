import { ReviewPanel as ReviewPanel_182850e36f93bd13efe0641f366a1bef } from '../../../components/admin/ReviewPanel'
import { AssignmentPanel as AssignmentPanel_1fb358cf8619974efd0f83b77f6d6c11 } from '../../../components/admin/AssignmentPanel'
import { TranslationStatus as TranslationStatus_3587120a96e0157d0c702d89430314d3 } from '../../../components/admin/TranslationStatus'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ArticleRisksField as ArticleRisksField_a2a2ec3f7ae7fea55ad49778b4ae95ce } from '../../../components/admin/ArticleRisks'
import { ReviewDueCell as ReviewDueCell_fa0892f6b21bae8ceb3fe0c73b06f83d } from '../../../components/admin/ReviewDueCell'
import { WaitingCell as WaitingCell_0c402d9d317f33154b54ac0bfdd53900 } from '../../../components/admin/WaitingCell'
import { ActivityTimeline as ActivityTimeline_73a04c324a0d1801b2567fb01909dcbb } from '../../../components/admin/ActivityTimeline'
import { ReviewQueueBar as ReviewQueueBar_fe3b3ae27c16364660e12ebc49f583a7 } from '../../../components/admin/ReviewQueueBar'
import { PublishReadinessWithoutButton as PublishReadinessWithoutButton_c2eff868e042eeca54e4c4d0f269a6b7 } from '../../../components/admin/PublishReadiness'
import { PublishButtonWithReasons as PublishButtonWithReasons_c2eff868e042eeca54e4c4d0f269a6b7 } from '../../../components/admin/PublishReadiness'
import { RecordDocumentCell as RecordDocumentCell_e704233a5bdec0eeff088db03a781e41 } from '../../../components/admin/RecordDocumentCell'
import { ReleasePanel as ReleasePanel_809101290212488b9742cc2525b1cbfe } from '../../../components/admin/ReleasePanel'
import { InboxNavLink as InboxNavLink_6e892f35b12c565c06fbda5027a9fb2a } from '../../../components/admin/InboxNavLink'
import { FailedSchedules as FailedSchedules_51dcc24318e5c8ebbf9b05aa6c3c1ea9 } from '../../../components/admin/FailedSchedules'
import { ReviewDashboard as ReviewDashboard_36eb016da5a856599fad7ad709173a50 } from '../../../components/admin/ReviewDashboard'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { InboxView as InboxView_7b2a01640c5c0617f429f736e40f531c } from '../../../components/admin/Inbox'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/ReviewPanel#ReviewPanel": ReviewPanel_182850e36f93bd13efe0641f366a1bef,
  "/components/admin/AssignmentPanel#AssignmentPanel": AssignmentPanel_1fb358cf8619974efd0f83b77f6d6c11,
  "/components/admin/TranslationStatus#TranslationStatus": TranslationStatus_3587120a96e0157d0c702d89430314d3,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/admin/ArticleRisks#ArticleRisksField": ArticleRisksField_a2a2ec3f7ae7fea55ad49778b4ae95ce,
  "/components/admin/ReviewDueCell#ReviewDueCell": ReviewDueCell_fa0892f6b21bae8ceb3fe0c73b06f83d,
  "/components/admin/WaitingCell#WaitingCell": WaitingCell_0c402d9d317f33154b54ac0bfdd53900,
  "/components/admin/ActivityTimeline#ActivityTimeline": ActivityTimeline_73a04c324a0d1801b2567fb01909dcbb,
  "/components/admin/ReviewQueueBar#ReviewQueueBar": ReviewQueueBar_fe3b3ae27c16364660e12ebc49f583a7,
  "/components/admin/PublishReadiness#PublishReadinessWithoutButton": PublishReadinessWithoutButton_c2eff868e042eeca54e4c4d0f269a6b7,
  "/components/admin/PublishReadiness#PublishButtonWithReasons": PublishButtonWithReasons_c2eff868e042eeca54e4c4d0f269a6b7,
  "/components/admin/RecordDocumentCell#RecordDocumentCell": RecordDocumentCell_e704233a5bdec0eeff088db03a781e41,
  "/components/admin/ReleasePanel#ReleasePanel": ReleasePanel_809101290212488b9742cc2525b1cbfe,
  "/components/admin/InboxNavLink#InboxNavLink": InboxNavLink_6e892f35b12c565c06fbda5027a9fb2a,
  "/components/admin/FailedSchedules#FailedSchedules": FailedSchedules_51dcc24318e5c8ebbf9b05aa6c3c1ea9,
  "/components/admin/ReviewDashboard#ReviewDashboard": ReviewDashboard_36eb016da5a856599fad7ad709173a50,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/admin/Inbox#InboxView": InboxView_7b2a01640c5c0617f429f736e40f531c,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
