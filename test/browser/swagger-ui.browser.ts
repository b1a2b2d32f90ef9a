/**
 * End to end: Swagger UI at /docs in a real browser (playwright-core driving /usr/bin/chromium).
 *
 * Not part of `npm test` (tap only picks up test/**\/*.test.ts); run it with `npm run test:browser`.
 * The server is the whole app on a fresh migrated and seeded database, listening on 127.0.0.1 on a free port;
 * the browser may only talk to that server (anything else is aborted and fails the test), so the page must
 * not depend on external resources. Screenshots go to test-artifacts/swagger-ui-*.png.
 *
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium), BROWSER_TEST_ARTIFACTS (default ./test-artifacts).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t, { type Test } from 'tap'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { buildApp, type App } from '../../src/app.js'
import { freshDatabase } from '../helper.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARTIFACTS = process.env.BROWSER_TEST_ARTIFACTS ?? fileURLToPath(new URL('../../test-artifacts/', import.meta.url))
/** A host name that is not localhost (the browser maps it to 127.0.0.1), as a deployment would be seen. */
const REMOTE_HOST = 'news-events.test'
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  `--host-resolver-rules=MAP ${REMOTE_HOST} 127.0.0.1`
]
/** Every wait in the page (a click, an element appearing, a response being shown). */
const STEP_TIMEOUT = 15_000
/** Launching or closing the browser, closing the server. */
const LIFECYCLE_TIMEOUT = 30_000

/**
 * A Content-Security-Policy that Swagger UI works under: its scripts are files served from here (no inline
 * script, no eval); it fetches the spec and "Try it out" from here; it shows icons as data: images and
 * inserts one inline style. No upgrade-insecure-requests: over plain HTTP on any host other than localhost
 * that turns every asset into an https:// request that fails and leaves a blank page.
 */
const WORKING_CSP = "default-src 'self'; base-uri 'self'; connect-src 'self'; font-src 'self'; form-action 'self'; " +
  "frame-ancestors 'self'; img-src 'self' data:; object-src 'none'; script-src 'self'; script-src-attr 'none'; " +
  "style-src 'self' 'unsafe-inline'"

t.setTimeout(180_000)

/** Rejects after `ms` so nothing can hang the run. */
async function within<T> (ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** The app on a fresh seeded database, listening on 127.0.0.1:<free port>; closed when `t` ends. */
async function startServer (t: Test, setup?: (app: App) => Promise<void>): Promise<{ app: App, base: string }> {
  const { path } = freshDatabase(t, { seed: true })
  // Turns off the event-loop-delay 503 (where the app has one): a busy CI machine must not fail the page.
  const app = await buildApp({ databasePath: path })
  t.teardown(async () => {
    const closing = app.close()
    // The browser may still hold connections (keep-alive, or a half-made TLS attempt): do not wait for them.
    app.server.closeAllConnections()
    await within(LIFECYCLE_TIMEOUT, 'closing the server', closing)
  })
  if (setup !== undefined) await setup(app)
  await app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = app.server.address() as AddressInfo
  return { app, base: `http://127.0.0.1:${port}` }
}

/** Chromium with a fresh profile; closed (and the profile removed) when `t` ends. */
async function launchBrowser (t: Test): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'news-events-chromium-'))
  const context = await within(LIFECYCLE_TIMEOUT, 'launching chromium', chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: LIFECYCLE_TIMEOUT,
    viewport: { width: 1280, height: 900 }
  }))
  t.teardown(async () => {
    try {
      await within(LIFECYCLE_TIMEOUT, 'closing chromium', context.close())
    } finally {
      rmSync(userDataDir, { recursive: true, force: true })
    }
  })
  context.setDefaultTimeout(STEP_TIMEOUT)
  context.setDefaultNavigationTimeout(STEP_TIMEOUT)
  return context
}

interface PageLog {
  /** Requests for anything but our server (aborted). */
  external: string[]
  /** Uncaught exceptions in the page. */
  errors: string[]
  /** console.error and console.warn messages. */
  console: string[]
  /** Requests that failed (refused, TLS error…). */
  failed: string[]
  /** Content-Security-Policy violations reported in the page. */
  readonly cspViolations: () => Promise<string[]>
}

/** A new tab that may only reach our own server, with its errors recorded; closed when `t` ends. */
async function openPage (t: Test, context: BrowserContext, name: string): Promise<{ page: Page, log: PageLog }> {
  const page = await context.newPage()
  t.teardown(async () => {
    // A failed test leaves a picture of the page as it was.
    if (!t.passing()) await screenshot(page, `failed-${name}`).catch(() => {})
    await within(LIFECYCLE_TIMEOUT, 'closing the tab', page.close())
  })
  const log: PageLog = {
    external: [],
    errors: [],
    console: [],
    failed: [],
    cspViolations: async () => await page.evaluate(() => (globalThis as any).cspViolations ?? [])
  }
  await page.addInitScript(() => {
    const page = globalThis as any
    page.cspViolations = []
    page.document.addEventListener('securitypolicyviolation', (event: any) => {
      page.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`)
    })
  })
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url())
    if (url.hostname === '127.0.0.1' || url.hostname === REMOTE_HOST) return await route.continue()
    log.external.push(url.href)
    return await route.abort('blockedbyclient')
  })
  page.on('pageerror', (error) => log.errors.push(String(error)))
  page.on('requestfailed', (request) => log.failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`))
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log.console.push(message.text())
  })
  return { page, log }
}

/** The whole page, or with `operation` the operation block from its summary down to the response shown. */
async function screenshot (page: Page, name: string, operation?: Locator): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true })
  const path = join(ARTIFACTS, `swagger-ui-${name}.png`)
  if (operation === undefined) {
    await page.screenshot({ path, fullPage: true })
    return path
  }
  await operation.scrollIntoViewIfNeeded()
  const top = await operation.boundingBox()
  const bottom = await operation.locator('.live-responses-table').boundingBox()
  const scroll = await page.evaluate(() => ({ x: (globalThis as any).scrollX as number, y: (globalThis as any).scrollY as number }))
  if (top === null || bottom === null) throw new Error(`${name}: the operation or its response is not shown`)
  await page.screenshot({
    path,
    fullPage: true,
    clip: { x: top.x + scroll.x, y: top.y + scroll.y, width: top.width, height: bottom.y + bottom.height - top.y + 16 }
  })
  return path
}

/** Opens /docs and waits for Swagger UI to render the spec; says what failed if it does not. */
async function openDocs (page: Page, base: string, log: PageLog): Promise<void> {
  const response = await page.goto(`${base}/docs`, { waitUntil: 'load' })
  if (response?.status() !== 200) throw new Error(`GET /docs answered ${response?.status()}`)
  try {
    await page.locator('.swagger-ui .info .title').filter({ hasText: 'news-events-api' }).waitFor()
    await page.locator('.swagger-ui .opblock-tag-section').first().waitFor()
  } catch (error) {
    const why = [...log.failed.map((line) => `failed request ${line}`), ...log.console, ...log.errors]
    throw new Error(`Swagger UI did not render ${base}/docs: ${why.join('; ') || String(error)}`)
  }
}

/** The operation block of METHOD path under a tag (an operation with several tags is listed under each). */
function operation (page: Page, tag: string, method: string, path: string): Locator {
  return page.locator(`.opblock-tag-section:has(> h3.opblock-tag[data-tag="${tag}"])`)
    .locator(`.opblock.opblock-${method.toLowerCase()}`)
    .filter({ has: page.locator(`.opblock-summary-path[data-path="${path}"]`) })
}

/**
 * Empties every parameter of an operation in "Try it out" mode: Swagger UI prefills them with the
 * schemas' examples, which would filter a list down to nothing.
 */
async function clearParameters (block: Locator): Promise<void> {
  const table = block.locator('table.parameters')
  const removeItem = table.locator('button.json-schema-form-item-remove')
  for (let left = await removeItem.count(); left > 0; left--) await removeItem.first().click()
  for (const input of await table.locator('input[type="text"], input:not([type])').all()) await input.fill('')
  for (const select of await table.locator('select[multiple]').all()) await select.selectOption([])
  for (const select of await table.locator('select:not([multiple])').all()) await select.selectOption({ index: 0 })
}

/** Chooses every option of a multiple select (for an enum array, the same as no filter). */
async function selectAll (select: Locator): Promise<void> {
  const labels = (await select.locator('option').allInnerTexts()).filter((label) => label.trim() !== '--')
  await select.selectOption(labels.map((label) => ({ label })))
}

/** Milliseconds a button may take to stand still before it is pressed. */
const STILL_WITHIN = 5000

/**
 * Presses a button as a user would. On a busy machine the page may still be laying out a long response
 * above it, so the button never stands still long enough for a pointer click: it then gets the click
 * dispatched to it, which is what the pointer would have done.
 */
async function press (button: Locator): Promise<void> {
  try {
    await button.click({ timeout: STILL_WITHIN })
  } catch {
    await button.dispatchEvent('click')
  }
}

/**
 * Expands an operation, presses "Try it out", empties the prefilled parameters and fills the given ones,
 * presses "Execute"; returns the status, request URL and response body that the page shows, and the
 * parameters that Swagger UI would not leave empty.
 */
async function tryItOut (block: Locator, parameters: Record<string, string> = {}): Promise<{ status: string, url: string, body: string, refusedEmpty: string[] }> {
  await block.locator('.opblock-summary-control').click()
  await block.locator('button.try-out__btn').click()
  await clearParameters(block)
  for (const [name, value] of Object.entries(parameters)) {
    await block.locator(`tr[data-param-name="${name}"] input`).fill(value)
  }
  const response = block.locator('.live-responses-table .response').first()
  const validationErrors = block.locator('.validation-errors')
  await press(block.locator('button.execute'))
  await response.or(validationErrors).first().waitFor()
  // Swagger UI validates an emptied optional array against its minItems (it would send [] rather than
  // nothing) and refuses to execute: for those (enum multiple selects) choose every option instead.
  const refusedEmpty: string[] = []
  if (await validationErrors.isVisible()) {
    const text = await validationErrors.innerText()
    for (const [, name] of text.matchAll(/For '([^']+)': Array must contain at least 1 item/g)) {
      if (name === undefined) continue
      refusedEmpty.push(name)
      await selectAll(block.locator(`tr[data-param-name="${name}"] select[multiple]`))
    }
    if (refusedEmpty.length === 0) throw new Error(`Swagger UI refused to execute: ${text}`)
    await press(block.locator('button.execute'))
  }
  await response.locator('.response-col_status').waitFor()
  const status = (await response.locator('.response-col_status').innerText()).trim()
  const body = await response.locator('.response-col_description pre.microlight, .response-col_description .highlight-code pre').first().innerText()
  const url = (await block.locator('.request-url pre').innerText()).trim()
  return { status, url, body, refusedEmpty }
}

async function checkPageLog (t: Test, log: PageLog, allowedConsole: RegExp[] = []): Promise<void> {
  t.same(log.external, [], 'the page asked for nothing outside the server')
  t.same(await log.cspViolations(), [], 'no Content-Security-Policy violations')
  t.same(log.errors, [], 'no uncaught errors in the page')
  t.same(log.console.filter((text) => !allowedConsole.some((allowed) => allowed.test(text))), [], 'no console errors or warnings')
}

if (!existsSync(CHROMIUM)) {
  t.fail(`no browser at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`)
} else {
  // Only this run's screenshots are left.
  mkdirSync(ARTIFACTS, { recursive: true })
  for (const file of readdirSync(ARTIFACTS)) {
    if (/^swagger-ui-.*\.png$/.test(file)) rmSync(join(ARTIFACTS, file))
  }
  const context = await launchBrowser(t)

  t.test('/docs lists every tag and every operation of the OpenAPI document', async (t) => {
    const { app, base } = await startServer(t)
    const spec = app.swagger() as {
      tags: Array<{ name: string }>
      paths: Record<string, Record<string, { tags?: string[], summary?: string }>>
    }
    const expected: Array<{ tag: string, method: string, path: string, summary: string }> = []
    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        for (const tag of op.tags ?? []) expected.push({ tag, method: method.toUpperCase(), path, summary: op.summary ?? '' })
      }
    }
    t.ok(expected.length > 20, `the document has operations (${expected.length} tag/operation pairs)`)

    const { page, log } = await openPage(t, context, 'overview')
    await openDocs(page, base, log)

    const tags = await page.locator('.opblock-tag-section > h3.opblock-tag').evaluateAll(
      (headings) => headings.map((h) => ({ name: h.getAttribute('data-tag'), open: h.getAttribute('data-is-open') }))
    )
    t.same(tags.map((tag) => tag.name), spec.tags.map((tag) => tag.name), 'every tag, in the document\'s order')
    // Swagger UI's docExpansion defaults to "list": tags open, operations closed. Open any that is not.
    for (const tag of tags.filter((tag) => tag.open !== 'true')) {
      await page.locator(`h3.opblock-tag[data-tag="${tag.name}"]`).click()
    }

    const shown = await page.locator('.opblock-tag-section').evaluateAll((sections) => sections.flatMap((section) =>
      Array.from(section.querySelectorAll('.opblock')).map((block: any) => ({
        tag: section.querySelector('h3.opblock-tag')?.getAttribute('data-tag') ?? '',
        method: (block.querySelector('.opblock-summary-method')?.textContent ?? '').trim(),
        path: block.querySelector('.opblock-summary-path')?.getAttribute('data-path') ?? '',
        summary: (block.querySelector('.opblock-summary-description')?.textContent ?? '').trim(),
        visible: block.getClientRects().length > 0
      }))))
    const key = (op: { tag: string, method: string, path: string }) => `${op.tag} ${op.method} ${op.path}`
    const sorted = <T extends { tag: string, method: string, path: string }>(ops: T[]) => [...ops].sort((a, b) => key(a).localeCompare(key(b)))
    t.same(sorted(shown.map(({ tag, method, path, summary }) => ({ tag, method, path, summary }))), sorted(expected),
      'every operation under each of its tags, with its summary')
    t.same(shown.filter((op) => !op.visible).map(key), [], 'every operation is visible')

    t.comment(`screenshot: ${await screenshot(page, 'overview')}`)
    await checkPageLog(t, log)
  })

  t.test('GET /events: Try it out → Execute shows 200 and the seed events', async (t) => {
    const { app, base } = await startServer(t)
    const api = await app.inject({ method: 'GET', url: '/events' })
    const titles = (api.json() as { data: Array<{ title: string }> }).data.map((event) => event.title)
    t.ok(titles.includes('Signing of the Russia–North Korea comprehensive partnership treaty'), 'the seed has the treaty signing')

    const { page, log } = await openPage(t, context, 'get-events-200')
    await openDocs(page, base, log)
    const block = operation(page, 'events', 'GET', '/events')
    const { status, url, body, refusedEmpty } = await tryItOut(block)
    if (refusedEmpty.length > 0) t.comment(`Swagger UI would not leave these empty, every option chosen: ${refusedEmpty.join(', ')}`)
    t.equal(status, '200', 'the status shown is 200')
    const requested = new URL(url)
    t.equal(`${requested.origin}${requested.pathname}`, `${base}/events`, 'the request URL shown')
    const filters = new Set([...requested.searchParams.keys()].filter((name) => name !== 'limit' && !refusedEmpty.includes(name)))
    t.same([...filters], [], 'no other parameter was sent (the default limit may be)')
    for (const title of titles) t.ok(body.includes(title), `the response body shown has "${title}"`)
    const shown = JSON.parse(body) as { data: Array<{ title: string }> }
    t.same(shown.data.map((event) => event.title), titles, 'the body shown is the JSON the API answers')

    t.comment(`screenshot: ${await screenshot(page, 'get-events-200', block)}`)
    await checkPageLog(t, log)
  })

  t.test('GET /events/{id} with an unknown id: Try it out → Execute shows the 404 problem', async (t) => {
    const { base } = await startServer(t)
    const { page, log } = await openPage(t, context, 'get-event-404')
    await openDocs(page, base, log)
    const block = operation(page, 'events', 'GET', '/events/{id}')
    const { status, url, body, refusedEmpty } = await tryItOut(block, { id: 'evt_nope' })
    if (refusedEmpty.length > 0) t.comment(`Swagger UI would not leave these empty, every option chosen: ${refusedEmpty.join(', ')}`)
    t.equal(status, '404', 'the status shown is 404')
    t.equal(url.replace(/\?.*$/, ''), `${base}/events/evt_nope`, 'the request URL shown')
    t.ok(body.includes('NEWS_EVENT_NOT_FOUND'), 'the problem code is shown')
    t.match(JSON.parse(body), { status: 404, code: 'NEWS_EVENT_NOT_FOUND', instance: '/events/evt_nope' }, 'the problem shown')

    t.comment(`screenshot: ${await screenshot(page, 'get-event-404', block)}`)
    // Chromium logs every 4xx fetch to the console.
    await checkPageLog(t, log, [/status of 404/])
  })

  /** Opens /docs at `base` and runs GET /events/{id} from it: all must work, without a CSP violation. */
  async function docsWork (t: Test, base: string, name: string): Promise<void> {
    // Over plain HTTP on a host that is not localhost, Chromium warns that it ignores helmet's
    // Cross-Origin-Opener-Policy and Origin-Agent-Cluster; harmless for the page.
    const insecureOriginWarnings = [/Cross-Origin-Opener-Policy header has been ignored/, /origin-keyed agent cluster/]
    const { page, log } = await openPage(t, context, name)
    await openDocs(page, base, log)
    const block = operation(page, 'events', 'GET', '/events/{id}')
    const { status, body } = await tryItOut(block, { id: 'evt_putin-kim-talks-2024' })
    t.equal(status, '200', '"Try it out" works')
    t.match(JSON.parse(body), { id: 'evt_putin-kim-talks-2024' }, 'the event is shown')
    t.comment(`screenshot: ${await screenshot(page, name, block)}`)
    await checkPageLog(t, log, insecureOriginWarnings)
  }

  t.test('the app\'s own Content-Security-Policy lets Swagger UI work, also on a host other than localhost', async (t) => {
    const { app } = await startServer(t)
    const csp = (await app.inject({ method: 'GET', url: '/docs' })).headers['content-security-policy']
    t.comment(`the app's CSP: ${csp ?? '(none)'}`)
    const { port } = app.server.address() as AddressInfo
    await docsWork(t, `http://${REMOTE_HOST}:${port}`, 'app-csp')
  })

  t.test('Swagger UI works under a CSP without upgrade-insecure-requests, on a host other than localhost', async (t) => {
    const { app } = await startServer(t, async (app) => {
      // Runs after the app's own hooks (helmet's included), so this header is the one sent.
      app.addHook('onSend', async (_request, reply) => { reply.header('content-security-policy', WORKING_CSP) })
    })
    const { port } = app.server.address() as AddressInfo
    await docsWork(t, `http://${REMOTE_HOST}:${port}`, 'recommended-csp')
  })
}
