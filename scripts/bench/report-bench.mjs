// Report benchmark (issue 6): a full 25-item report with long rationales against a one-page jsPDF document
// made the same way (the same two embedded DejaVu fonts, compressed), rendered in Node in the same run
// (median of several renders each). Both documents start from fresh jsPDF instances every time.
import { createServer } from 'vite'

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export async function reportBench({ runs = 7 } = {}) {
  const server = await createServer({
    configFile: false,
    logLevel: 'warn',
    server: { middlewareMode: true },
    appType: 'custom',
    // jsPDF ships CommonJS for Node: load it as Node does rather than through Vite's transform.
    ssr: { external: ['jspdf', 'jspdf-autotable'] },
  })
  try {
    const fixtures = await server.ssrLoadModule('/tests/report/report-fixtures.ts')
    const { renderReport } = await server.ssrLoadModule('/src/report/render-report.ts')
    const { jsPDF } = await import('jspdf')
    const font = fixtures.loadFonts()
    const base = fixtures.fullModel()
    const model = { ...base, items: base.items.map((item) => ({ ...item, rationale: fixtures.longRationale(14) })) }
    const toBinary = (buffer) => Buffer.from(buffer).toString('latin1')

    const regular = toBinary(font.regular)
    const bold = toBinary(font.bold)
    function onePage() {
      const doc = new jsPDF({ format: 'a4', unit: 'mm', compress: true })
      doc.addFileToVFS('DejaVuSans.ttf', regular)
      doc.addFont('DejaVuSans.ttf', 'DejaVu', 'normal')
      doc.addFileToVFS('DejaVuSans-Bold.ttf', bold)
      doc.addFont('DejaVuSans-Bold.ttf', 'DejaVu', 'bold')
      doc.setFont('DejaVu', 'bold')
      doc.text('One page', 15, 15)
      doc.setFont('DejaVu', 'normal')
      doc.text(doc.splitTextToSize(fixtures.longRationale(3), 180), 15, 25)
      return doc.output('arraybuffer')
    }
    const time = (fn) => {
      const start = performance.now()
      const bytes = fn()
      return { ms: performance.now() - start, bytes: bytes.byteLength }
    }
    onePage()
    renderReport(model, { pageSize: 'a4', font, logo: null })
    const one = []
    const full = []
    let fullBytes = 0
    for (let i = 0; i < runs; i++) {
      one.push(time(onePage).ms)
      const result = time(() => renderReport(model, { pageSize: 'a4', font, logo: null }))
      full.push(result.ms)
      fullBytes = result.bytes
    }
    const rationaleChars = model.items.reduce((sum, item) => sum + item.rationale.length, 0)
    const word = await wordBench(server, model, runs)
    return { onePage: median(one), full: median(full), fullBytes, rationaleChars, word }
  } finally {
    await server.close()
  }
}

/**
 * The same for Word: the full report as .docx against a one-page .docx made the same way (the same building
 * blocks, one heading and one paragraph, zipped by the same Packer), both timed to the finished bytes.
 */
async function wordBench(server, model, runs) {
  const { renderReportDocx } = await server.ssrLoadModule('/src/report/docx-report.ts')
  const blocks = await server.ssrLoadModule('/src/report/docx-blocks.ts')
  const { Packer } = await import('docx')
  const fixtures = await server.ssrLoadModule('/tests/report/report-fixtures.ts')
  const onePage = () =>
    Packer.toArrayBuffer(
      blocks.wordDocument({
        title: 'One page',
        subject: 'One page',
        pageSize: 'a4',
        header: { title: 'One page', date: '' },
        draft: false,
        children: [blocks.heading('One page', 1), blocks.paragraph(fixtures.longRationale(3))],
      }),
    )
  const full = () => renderReportDocx(model, { pageSize: 'a4', logo: null })
  const time = async (fn) => {
    const start = performance.now()
    const bytes = await fn()
    return { ms: performance.now() - start, bytes: bytes.byteLength }
  }
  await onePage()
  await full()
  const one = []
  const all = []
  let fullBytes = 0
  for (let i = 0; i < runs; i++) {
    one.push((await time(onePage)).ms)
    const result = await time(full)
    all.push(result.ms)
    fullBytes = result.bytes
  }
  return { onePage: median(one), full: median(all), fullBytes }
}
