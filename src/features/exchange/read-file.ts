export interface ReadProgress {
  loaded: number
  total: number
}

/**
 * Reads a file as UTF-8 text through FileReader, because it reports progress (file.text() does not),
 * so a large backup shows how far it has got instead of a frozen screen.
 */
export function readFileText(file: Blob, onProgress: (progress: ReadProgress) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onprogress = (event) => {
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size })
    }
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '')
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'))
    reader.onabort = () => reject(new Error('Reading the file was stopped.'))
    reader.readAsText(file, 'utf-8')
  })
}
