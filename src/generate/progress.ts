// Progress on stderr: a bar with rate and ETA on a terminal, a plain line per ~10% otherwise.

export interface ProgressStream {
  write: (chunk: string) => unknown
  isTTY?: boolean
  columns?: number
}

const clock = (seconds: number) => {
  if (!Number.isFinite(seconds)) return '--:--'
  const s = Math.max(0, Math.round(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const pad = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`
}

export const count = (n: number) => Math.round(n).toLocaleString('en-US')

export class Progress {
  private done = 0
  private readonly started = performance.now()
  private lastDraw = 0
  private lastTenth = 0

  constructor (private readonly stream: ProgressStream | null, private readonly total: number, private readonly label = 'rows') {}

  add (n = 1): void {
    this.done += n
    if (this.stream === null) return
    if (this.stream.isTTY === true) {
      const now = performance.now()
      if (now - this.lastDraw >= 100 || this.done >= this.total) {
        this.lastDraw = now
        this.draw(now)
      }
    } else {
      const tenth = Math.floor((this.done / this.total) * 10)
      if (tenth > this.lastTenth) {
        this.lastTenth = tenth
        const { rate, eta } = this.speed(performance.now())
        this.stream.write(`${tenth * 10}% ${count(this.done)}/${count(this.total)} ${this.label}, ${count(rate)} ${this.label}/s, ETA ${clock(eta)}\n`)
      }
    }
  }

  /** Ends the bar's line on a terminal. */
  finish (): void {
    if (this.stream?.isTTY === true) {
      this.draw(performance.now())
      this.stream.write('\n')
    }
  }

  private speed (now: number): { rate: number, eta: number } {
    const seconds = (now - this.started) / 1000
    const rate = seconds > 0 ? this.done / seconds : 0
    return { rate, eta: rate > 0 ? (this.total - this.done) / rate : Infinity }
  }

  private draw (now: number): void {
    const { rate, eta } = this.speed(now)
    const fraction = Math.min(1, this.done / this.total)
    const width = Math.max(10, Math.min(40, (this.stream?.columns ?? 80) - 60))
    const filled = Math.round(fraction * width)
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled)
    this.stream?.write(`\r${bar} ${(fraction * 100).toFixed(1).padStart(5)}% ${count(this.done)}/${count(this.total)} ${count(rate)}/s ETA ${clock(eta)}\x1b[K`)
  }
}
