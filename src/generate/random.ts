/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) and the draws the generator needs. Same
 * seed, same sequence, on every platform: everything the generator writes comes from here.
 */
export class Random {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor (seed: number) {
    let s = seed >>> 0
    const next = () => {
      s = (s + 0x9e3779b9) >>> 0
      let z = s
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
      return (z ^ (z >>> 16)) >>> 0
    }
    this.a = next()
    this.b = next()
    this.c = next()
    this.d = next()
    for (let i = 0; i < 12; i++) this.next()
  }

  /** A float in [0, 1). */
  next (): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0
    this.d = (this.d + 1) >>> 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) >>> 0
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0
    this.c = (this.c + t) >>> 0
    return t / 4294967296
  }

  /** An integer in [min, max]. */
  int (min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance (p: number): boolean {
    return this.next() < p
  }

  pick<T> (items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** A standard normal draw (Box–Muller). */
  normal (): number {
    const u = 1 - this.next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next())
  }

  /** Fisher–Yates, in place. */
  shuffle<T> (items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const tmp = items[i] as T
      items[i] = items[j] as T
      items[j] = tmp
    }
    return items
  }
}

/**
 * Draws ranks 0…n-1 with probability ∝ 1/(rank+1)^exponent: a few ranks come up very often,
 * most rarely. Map ranks through a shuffled array so the popular ones are spread over the ids.
 */
export class Zipf {
  private readonly cdf: Float64Array

  constructor (readonly n: number, exponent = 1) {
    this.cdf = new Float64Array(n)
    let total = 0
    for (let r = 0; r < n; r++) {
      total += 1 / Math.pow(r + 1, exponent)
      this.cdf[r] = total
    }
    for (let r = 0; r < n; r++) this.cdf[r] = (this.cdf[r] as number) / total
  }

  draw (random: Random): number {
    const u = random.next()
    let lo = 0
    let hi = this.n - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.cdf[mid] as number) < u) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
