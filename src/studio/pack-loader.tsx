import { useId, useState, type DragEvent } from 'react';
import { RULE_TEXT_LIMITS } from '../lib/rule-texts';
import { placeFiles, type PickedFile, type PlacedFiles } from './pack-files';
import { readZip } from './zip-entries';

const MAX_ZIP_BYTES = 20_000_000;

/** The path a picked or dropped file had in its folder, when the browser tells it. */
function pathOf(file: File): string {
  return file.webkitRelativePath || file.name;
}

async function read(files: readonly File[]): Promise<{ picked: PickedFile[]; ignored: string[] }> {
  const picked: PickedFile[] = [];
  const ignored: string[] = [];
  for (const file of files) {
    if (file.name.endsWith('.zip')) {
      if (file.size > MAX_ZIP_BYTES) {
        ignored.push(`${file.name}: larger than ${MAX_ZIP_BYTES / 1e6} MB`);
        continue;
      }
      const zip = readZip(new Uint8Array(await file.arrayBuffer()), file.name);
      if (zip.ok) picked.push(...zip.files);
      else ignored.push(zip.problem);
    } else if (file.size > RULE_TEXT_LIMITS.bytesPerFile)
      ignored.push(`${pathOf(file)}: larger than ${RULE_TEXT_LIMITS.bytesPerFile / 1e6} MB`);
    else picked.push({ path: pathOf(file), text: await file.text() });
    if (picked.length > RULE_TEXT_LIMITS.files) {
      ignored.push(`more than ${RULE_TEXT_LIMITS.files} files: the rest were not read`);
      break;
    }
  }
  return { picked, ignored };
}

interface Props {
  /** The pack's file paths now, so that a file named like one of them replaces it. */
  existing: readonly string[];
  onLoad: (placed: PlacedFiles['placed']) => void;
}

/**
 * Loads files into the edited pack: single files, a whole rules folder, or a zip the studio exported; by the
 * file pickers or by dropping onto the drop zone. Loaded files replace the pack's files of the same name.
 */
export function PackLoader({ existing, onLoad }: Props) {
  const id = useId();
  const [report, setReport] = useState<{ loaded: string[]; ignored: string[] } | null>(null);
  const [over, setOver] = useState(false);
  const load = async (files: readonly File[]) => {
    const { picked, ignored } = await read(files);
    const placed = placeFiles(picked, existing);
    onLoad(placed.placed);
    setReport({ loaded: Object.keys(placed.placed).sort(), ignored: [...ignored, ...placed.ignored] });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void load([...event.dataTransfer.files]);
  };
  return (
    <div className="studio-loader">
      <div
        className={over ? 'studio-drop studio-drop-over' : 'studio-drop'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>Drop rule files, a rules folder or an exported zip here, or choose them:</p>
        <label htmlFor={`${id}-files`} className="studio-file-label">
          Rule files or zip…
        </label>
        <input
          id={`${id}-files`}
          className="studio-file-input"
          type="file"
          accept=".json,.zip,application/json,application/zip"
          multiple
          onChange={(e) => void load([...(e.target.files ?? [])])}
        />{' '}
        <label htmlFor={`${id}-folder`} className="studio-file-label">
          A rules folder…
        </label>
        <input
          id={`${id}-folder`}
          className="studio-file-input"
          type="file"
          multiple
          // A folder picker: non-standard, but in every engine this app supports.
          {...{ webkitdirectory: '' }}
          onChange={(e) => void load([...(e.target.files ?? [])])}
        />
      </div>
      {report ? (
        <div role="status" className="notice">
          <p>
            {report.loaded.length > 0
              ? `Loaded ${report.loaded.length} file${report.loaded.length === 1 ? '' : 's'}: ${report.loaded.join(', ')}.`
              : 'No rule files were loaded.'}
          </p>
          {report.ignored.length > 0 ? (
            <ul>
              {report.ignored.map((i) => (
                <li key={i}>Left out {i}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
