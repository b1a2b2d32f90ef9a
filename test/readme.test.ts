import t from 'tap'
import { build } from './helper.js'
import { bodyDeparture, departure, readmeExamples } from './readme-examples.js'

t.test('seed data: the README examples answer as documented', async (t) => {
  const { app } = await build(t, { seed: true })
  const examples = readmeExamples()
  t.ok(examples.length >= 6, `the README has curl examples (${examples.length})`)
  for (const example of examples) {
    const res = await app.inject({ url: example.path, headers: example.headers })
    t.equal(bodyDeparture(res.body, example.expected), null, example.command)
  }
})

t.test('departure notices what differs', async (t) => {
  t.equal(departure({ a: 1, b: [1, 2, 3] }, { b: [1, 2] }), null)
  t.equal(departure({ a: 1 }, { a: 2 }), '$.a is 1, the README shows 2')
  t.equal(departure({ a: [1] }, { a: [1, 2] }), '$.a has 1 elements, the README shows 2')
  t.equal(departure({ a: null }, { a: { b: 1 } }), '$.a is not an object')
})
