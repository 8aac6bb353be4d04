import * as migration_20261127_043231_initial from './20261127_043231_initial';
import * as migration_20261127_064204_reset_email_pause_off from './20261127_064204_reset_email_pause_off';
import * as migration_20261201_095404_signoff_integrity_and_media_storage from './20261201_095404_signoff_integrity_and_media_storage';
import * as migration_20261201_113503_medical_documents_unlocked from './20261201_113503_medical_documents_unlocked';
import * as migration_20261201_121852_read_model from './20261201_121852_read_model';
import * as migration_20261201_134806_editorial_workflow from './20261201_134806_editorial_workflow';
import * as migration_20261202_040527_read_model_places from './20261202_040527_read_model_places';
import * as migration_20261203_171601_read_model_link_order from './20261203_171601_read_model_link_order';
import * as migration_20261204_191655_read_model_stale from './20261204_191655_read_model_stale';

export const migrations = [
  {
    up: migration_20261127_043231_initial.up,
    down: migration_20261127_043231_initial.down,
    name: '20261127_043231_initial',
  },
  {
    up: migration_20261127_064204_reset_email_pause_off.up,
    down: migration_20261127_064204_reset_email_pause_off.down,
    name: '20261127_064204_reset_email_pause_off',
  },
  {
    up: migration_20261201_095404_signoff_integrity_and_media_storage.up,
    down: migration_20261201_095404_signoff_integrity_and_media_storage.down,
    name: '20261201_095404_signoff_integrity_and_media_storage',
  },
  {
    up: migration_20261201_113503_medical_documents_unlocked.up,
    down: migration_20261201_113503_medical_documents_unlocked.down,
    name: '20261201_113503_medical_documents_unlocked',
  },
  {
    up: migration_20261201_121852_read_model.up,
    down: migration_20261201_121852_read_model.down,
    name: '20261201_121852_read_model',
  },
  {
    up: migration_20261201_134806_editorial_workflow.up,
    down: migration_20261201_134806_editorial_workflow.down,
    name: '20261201_134806_editorial_workflow',
  },
  {
    up: migration_20261202_040527_read_model_places.up,
    down: migration_20261202_040527_read_model_places.down,
    name: '20261202_040527_read_model_places',
  },
  {
    up: migration_20261203_171601_read_model_link_order.up,
    down: migration_20261203_171601_read_model_link_order.down,
    name: '20261203_171601_read_model_link_order',
  },
  {
    up: migration_20261204_191655_read_model_stale.up,
    down: migration_20261204_191655_read_model_stale.down,
    name: '20261204_191655_read_model_stale'
  },
];
