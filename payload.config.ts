import { buildAppConfig } from './src/config'
import { loadEnv } from './src/env'

export default buildAppConfig(loadEnv())
