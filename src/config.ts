import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { buildConfig, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { mayRunJobs } from './access/permissions'
import { AccountAudit } from './collections/AccountAudit'
import { Articles } from './collections/Articles'
import { ClinicLocations } from './collections/ClinicLocations'
import { Conditions } from './collections/Conditions'
import { createMediaCollection } from './collections/Media'
import { ReviewRecords } from './collections/ReviewRecords'
import { RiskDisclosures } from './collections/RiskDisclosures'
import { WebhookDeliveries, Webhooks } from './collections/Webhooks'
import { TreatmentOptions } from './collections/TreatmentOptions'
import { createUsersCollection } from './collections/Users'
import { createDatabaseAdapter } from './db/adapter'
import { withResponseSchemas } from './openapi/schemas'
import { contentAddressedUploads, linkedThrough } from './delivery/contentAddressedUploads'
import { sitemapEndpoint, sitemapXmlEndpoint } from './delivery/sitemap'
import { scheduleJobsOneAtATime } from './db/jobLocks'
import { logLostDatabaseConnections } from './db/poolErrors'
import { answerOutagesWith503 } from './db/unavailable'
import { createEmailAdapter } from './email'
import { trackJobRuns } from './jobs/jobRuns'
import type { AppEnv } from './env'
import { errorWithoutStack } from './logging'
import { deliveryQueries } from './graphql/deliveryQueries'
import { workflowMutations } from './graphql/workflowMutations'
import { workflowQueries } from './graphql/workflowQueries'
import { inboxEndpoint } from './endpoints/workflow'
import { deliverWebhookTask, WEBHOOK_QUEUE } from './jobs/deliverWebhook'
import { DAILY_QUEUE, markReviewOverdueTask } from './jobs/markReviewOverdue'
import { runReleaseTask } from './jobs/runRelease'
import { reportFailedScheduledPublishes } from './jobs/reportFailedSchedules'
import { Releases } from './collections/Releases'
import { answerUnreadableUploadsWith400 } from './hooks/answerUnreadableUploadsWith400'
import { plugins } from './plugins'
import type { WorkflowSettings } from './workflow/settings'

const srcDir = path.resolve(process.cwd(), 'src')

export { LOCALES, type Locale } from './locales'

/** The whole Payload configuration, built from checked settings. */
export async function buildAppConfig(env: AppEnv): Promise<SanitizedConfig> {
  return buildConfig({
    secret: env.payloadSecret,
    serverURL: env.serverURL,
    cors: env.corsOrigins,
    csrf: env.csrfOrigins,
    telemetry: false,
    debug: false,
    db: createDatabaseAdapter(env.database),
    editor: lexicalEditor(),
    email: createEmailAdapter(env),
    sharp,
    // The admin's own language, chosen by each user (English or Spanish); content locales are separate.
    i18n: { supportedLanguages: { en, es }, fallbackLanguage: 'en' },
    localization: {
      locales: [
        { code: 'en', label: 'English' },
        { code: 'es', label: 'Español', fallbackLocale: 'en' },
      ],
      defaultLocale: 'en',
      fallback: true,
    },
    // Refusals by the rules and wrong sign-ins are expected answers, not faults.
    loggingLevels: {
      RuleViolation: 'info',
      AuthenticationError: 'info',
      LockedAuth: 'info',
      UnauthorizedError: 'info',
    } as Record<string, 'info'>,
    logger: {
      options: {
        level: env.logLevel,
        name: 'cms',
        // Readable lines for a person at a terminal; JSON lines everywhere else.
        ...(env.nodeEnv === 'development'
          ? {
              transport: {
                target: 'pino-pretty',
                options: { colorize: true, ignore: 'pid,hostname' },
              },
            }
          : {}),
        ...(env.isProduction ? { serializers: { err: errorWithoutStack } } : {}),
      },
    },
    admin: {
      user: 'users',
      importMap: {
        baseDir: srcDir,
        importMapFile: path.join(srcDir, 'app/(payload)/admin/importMap.js'),
      },
      meta: { titleSuffix: ' · Clinic CMS' },
      // With the viewer's time zone offset, as the review panel shows its moments.
      dateFormat: 'MMMM do yyyy, h:mm a O',
      // Gravatar would send a hash of every staff email to a third party on each page view.
      avatar: 'default',
      components: {
        beforeDashboard: [
          '/components/admin/FailedSchedules#FailedSchedules',
          '/components/admin/ReviewDashboard#ReviewDashboard',
        ],
        afterNavLinks: ['/components/admin/InboxNavLink#InboxNavLink'],
        views: { inbox: { Component: '/components/admin/Inbox#InboxView', path: '/inbox' } },
      },
    },
    collections: [
      Articles,
      TreatmentOptions,
      RiskDisclosures,
      ClinicLocations,
      Conditions,
      // With object storage, the storage plugin links files through MEDIA_URL itself.
      linkedThrough(
        contentAddressedUploads(createMediaCollection(env.mediaDir)),
        env.objectStorage ? undefined : env.mediaUrl,
      ),
      createUsersCollection({ secureCookies: env.isProduction }),
      ReviewRecords,
      Releases,
      AccountAudit,
      Webhooks,
      WebhookDeliveries,
    ],
    upload: { limits: { fileSize: 10 * 1024 * 1024 } },
    plugins: plugins(env),
    endpoints: [sitemapEndpoint, sitemapXmlEndpoint, inboxEndpoint],
    graphQL: {
      schemaOutputFile: path.join(srcDir, 'generated/schema.graphql'),
      disablePlaygroundInProduction: !env.delivery.graphqlIntrospection,
      disableIntrospectionInProduction: !env.delivery.graphqlIntrospection,
      maxComplexity: env.delivery.graphqlMaxComplexity,
      mutations: workflowMutations,
      queries: (GraphQL, context) => ({
        ...deliveryQueries(GraphQL, context),
        ...workflowQueries(GraphQL, context),
      }),
    },
    jobs: {
      // Payload lets any signed-in user (the preview API key included) run, queue or cancel jobs by default.
      access: {
        run: ({ req }) => mayRunJobs(req),
        queue: ({ req }) => mayRunJobs(req),
        cancel: ({ req }) => mayRunJobs(req),
      },
      tasks: [markReviewOverdueTask(env.reviewOverdueCron), deliverWebhookTask, runReleaseTask],
      // Scheduled publishing uses the default queue; the re-review check runs on the daily one.
      // JOBS_AUTORUN_CRON replaces all three, for tests that cannot wait minutes. Without
      // JOBS_AUTORUN there are no crons: Payload's cron queues scheduled jobs even when
      // shouldAutoRun says no, so an API server would still queue the daily check.
      autoRun: env.jobsAutoRun
        ? [
            { cron: env.jobsAutoRunCron ?? '* * * * *', queue: 'default' },
            { cron: env.jobsAutoRunCron ?? '*/10 * * * *', queue: DAILY_QUEUE },
            // Minute granularity: second-level crons kept the process busy after shutdown.
            { cron: env.jobsAutoRunCron ?? '* * * * *', queue: WEBHOOK_QUEUE },
          ]
        : [],
      shouldAutoRun: () => env.jobsAutoRun,
    },
    custom: {
      siteUrl: env.siteUrl,
      sitePagePaths: env.sitePagePaths,
      workflow: {
        reviewIntervalDays: env.reviewIntervalDays,
        reviewDueDays: env.reviewDueDays,
        claimPhrases: env.claimPhrases,
      } satisfies Partial<WorkflowSettings>,
    },
    hooks: { afterError: [answerOutagesWith503, answerUnreadableUploadsWith400] },
    onInit: (payload) => {
      reportFailedScheduledPublishes(payload)
      logLostDatabaseConnections(payload)
      scheduleJobsOneAtATime(payload)
      // Last, so that it counts the whole of each run, schedule lock included.
      trackJobRuns(payload)
    },
    // The custom endpoints' answers and the error envelope are generated as types too.
    typescript: {
      outputFile: path.join(srcDir, 'payload-types.ts'),
      autoGenerate: false,
      schema: [withResponseSchemas],
    },
  })
}
