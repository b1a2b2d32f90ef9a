// npm run openapi — writes the OpenAPI document the app generates to openapi/openapi.json.
import { writeFileSync } from 'node:fs'
import { buildApp } from '../app.js'
import { OPENAPI_FILE, renderOpenApi } from '../lib/openapi-document.js'

const app = await buildApp({ databasePath: ':memory:' })
await app.ready()
writeFileSync(OPENAPI_FILE, renderOpenApi(app.swagger()))
await app.close()
console.log(`wrote ${OPENAPI_FILE}`)
