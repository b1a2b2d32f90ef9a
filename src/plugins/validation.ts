import { Ajv, type Options, type ValidateFunction } from 'ajv'
import formats from 'ajv-formats'
import type { FastifyInstance, FastifySchemaCompiler } from 'fastify'
import { nulAt, NUL_REASON } from '../lib/nul.js'
import { isPartialDate, PARTIAL_DATE_FORMAT } from '../lib/partial-date.js'

function makeAjv (coerceTypes: Options['coerceTypes']): Ajv {
  const ajv = new Ajv({
    coerceTypes,
    useDefaults: true,
    // Unknown parameters and fields are refused rather than dropped: a typo must not look like "no filter".
    removeAdditional: false,
    addUsedSchema: false,
    // One error at a time: all of them on a hostile body is a denial of service.
    allErrors: false,
    strict: false
  })
  // ajv-formats is CommonJS: under NodeNext its default import is the module object.
  const addFormats = (formats as unknown as { default: (ajv: Ajv) => Ajv }).default
  addFormats(ajv)
  ajv.addFormat(PARTIAL_DATE_FORMAT, isPartialDate)
  return ajv
}

/**
 * Query strings, path parameters and headers arrive as text and are coerced to the schema's types
 * (`limit=5` is a number, one `kind` is an array of one); a JSON body is validated as sent, so a
 * `null` stays null and `"12"` is not a number. Fastify's single Ajv does both the first way.
 */
export function validatorCompiler (app: FastifyInstance): FastifySchemaCompiler<unknown> {
  const text = makeAjv('array')
  const json = makeAjv(false)
  let shared = false
  return ({ schema, httpPart }) => {
    if (!shared) {
      for (const sharedSchema of Object.values(app.getSchemas())) {
        text.addSchema(sharedSchema as object)
        json.addSchema(sharedSchema as object)
      }
      shared = true
    }
    return refusingNul((httpPart === 'body' ? json : text).compile(schema as object))
  }
}

/**
 * A validator that also refuses a string with a NUL in it (see src/lib/nul.ts), as one more Ajv
 * error, so that it becomes the same 400 naming the field as any other.
 */
function refusingNul (validate: ValidateFunction): ValidateFunction {
  const checked = ((data: unknown) => {
    if (!validate(data)) {
      checked.errors = validate.errors
      return false
    }
    const instancePath = nulAt(data)
    checked.errors = instancePath === undefined ? null : [{ instancePath, schemaPath: '#', keyword: 'nul', params: {}, message: NUL_REASON }]
    return instancePath === undefined
  }) as ValidateFunction
  return checked
}
