import { Box, Text, useApp, useInput, useStdout, type Key } from 'ink';
import { useEffect, useMemo, useState, type ReactElement } from 'react';
import type { Comparison } from '../../src/model/comparison.js';
import type { Report } from '../../src/model/report.js';
import { buildView, helpLines, initialState, reduce, severityFilterShort, statusFilterShort, windowOf, type Action, type Data, type Line, type State, type View } from './model.js';

export interface AppProps {
  report?: Report;
  comparison?: Comparison;
  /** Called once when the user quits (before the app unmounts). */
  onExit?: () => void;
  /** Terminal size; default: the output stream's, following resizes. */
  width?: number;
  height?: number;
}

/** How the screen's lines are shared out: the rows of the list (or text) shown, and how much footer fits. */
export interface Layout {
  /** Lines for the list or text, scroll indicators included. */
  listHeight: number;
  /** Rows (list) or lines (text) visible at once. */
  visible: number;
  footerHeight: number;
}

const chromeLines = (view: View) => 1 + view.header.length + 1 + (view.columns ? 1 : 0) + 1 + 1;

export function layoutOf(view: View, height: number): Layout {
  const body = Math.max(3, height - 1 - chromeLines(view));
  if (view.mode === 'text') {
    const visible = view.rows.length > body ? body - 1 : body;
    return { listHeight: body, visible, footerHeight: 0 };
  }
  const rows = Math.max(1, view.rows.length);
  const room = view.footer.length ? Math.max(Math.ceil(body / 2), body - view.footer.length) : body;
  const listHeight = Math.min(rows, room);
  // A list taller than its room loses two lines to the "more above / more below" indicators.
  const visible = rows > listHeight ? Math.max(1, listHeight - 2) : listHeight;
  return { listHeight, visible, footerHeight: body - listHeight };
}

const Blank = () => <Text> </Text>;

function Segments({ line, inverse }: { line: Line; inverse?: boolean }) {
  return (
    <>
      {line.map((s, i) => (
        <Text key={i} {...(s.color ? { color: s.color } : {})} bold={s.bold ?? false} dimColor={(s.dim ?? false) && !inverse} inverse={(s.inverse ?? false) !== (inverse ?? false)}>
          {s.text}
        </Text>
      ))}
    </>
  );
}

function Row({ line, prefix = '', inverse }: { line: Line; prefix?: string; inverse?: boolean }) {
  // An empty <Text> takes no line at all; the layout counts on every row taking exactly one.
  if (!prefix && line.every((s) => s.text === '')) return <Blank />;
  return (
    <Text wrap="truncate-end">
      {prefix ? <Text bold={inverse ?? false}>{prefix}</Text> : null}
      <Segments line={line} {...(inverse ? { inverse } : {})} />
    </Text>
  );
}

/** The action of one key; undefined for keys that do nothing. */
export function actionFor(input: string, key: Partial<Key>, help: boolean, page: number): Action | undefined {
  if (key.upArrow || input === 'k') return { type: 'move', by: -1 };
  if (key.downArrow || input === 'j') return { type: 'move', by: 1 };
  if (key.pageUp) return { type: 'move', by: -page };
  if (key.pageDown || input === ' ') return { type: 'move', by: page };
  if (key.home || input === 'g') return { type: 'home' };
  if (key.end || input === 'G') return { type: 'end' };
  if (key.return || key.rightArrow || input === 'l') return { type: 'open' };
  if (key.leftArrow || key.backspace || key.delete || input === 'h') return { type: 'back' };
  if (key.escape) return { type: 'escape' };
  if (input === 'q' || (key.ctrl && input === 'c')) return { type: 'quit' };
  if (input === '?') return { type: 'help' };
  if (input === 's') return { type: 'severity' };
  if (input === 'f') return { type: 'status' };
  if (input === 'd') return { type: 'differences' };
  // Any other key closes the help.
  return help ? { type: 'help' } : undefined;
}

/**
 * The footer in `room` lines. When it does not fit, its heading stays, the window starts at the focused line
 * (or as close as fills the room), and a line above and below says how much is left out.
 */
function footerRows(view: View, room: number): ReactElement[] {
  const footer = view.footer;
  const out: ReactElement[] = [];
  if (footer.length <= room) {
    footer.forEach((l, i) => out.push(<Row key={`f${i}`} line={l} />));
    return out;
  }
  const heading = Math.min(view.footerHeading ?? 0, Math.max(0, room - 2));
  footer.slice(0, heading).forEach((l, i) => out.push(<Row key={`fh${i}`} line={l} />));
  const rest = footer.slice(heading);
  const space = room - heading;
  // rest.length > space here. Lines used: the "above" note when from > 0, the window, the "below" note.
  let from = Math.max(0, (view.footerFocus ?? heading) - heading);
  let to: number;
  if (from === 0) to = space - 1;
  else if (from + space - 1 >= rest.length) {
    to = rest.length;
    from = rest.length - (space - 1);
  } else to = from + space - 2;
  if (from > 0) out.push(<Row key="fabove" line={[{ text: `  ↑ ${from} more line${from === 1 ? '' : 's'} above (a taller terminal shows them)`, dim: true }]} />);
  rest.slice(from, to).forEach((l, i) => out.push(<Row key={`f${from + i}`} line={l} />));
  if (to < rest.length) out.push(<Row key="fbelow" line={[{ text: `  ↓ ${rest.length - to} more line${rest.length - to === 1 ? '' : 's'} below (a taller terminal shows them)`, dim: true }]} />);
  return out;
}

export function App({ report, comparison, onExit, width, height }: AppProps) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const [size, setSize] = useState({ columns: stdout?.columns, rows: stdout?.rows });
  useEffect(() => {
    if (!stdout) return;
    const onResize = () => setSize({ columns: stdout.columns, rows: stdout.rows });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  const cols = Math.max(40, width ?? size.columns ?? 80);
  const rows = Math.max(12, height ?? size.rows ?? 24);

  const data: Data = useMemo(() => {
    const r = comparison?.report ?? report;
    if (!r) throw new Error('the interactive view needs a report or a comparison');
    return comparison ? { report: r, comparison } : { report: r };
  }, [report, comparison]);
  const [state, setState] = useState<State>(() => initialState(data));

  useEffect(() => {
    if (!state.quit) return;
    onExit?.();
    exit();
  }, [state.quit]);

  const view = buildView(state, data, cols);
  const lay = layoutOf(view, rows);
  const top = state.stack[state.stack.length - 1]!;
  const page = Math.max(1, lay.visible - 1);

  useInput((input, key) => {
    // Keys typed faster than the screen reads them (or pasted) arrive as one run of text: take them one by one.
    const chars = Array.from(input);
    const actions =
      chars.length > 1 && !input.includes('\u001B')
        ? chars.map((ch) => actionFor(ch, { return: ch === '\r' || ch === '\n', backspace: ch === '\u007F' || ch === '\b' }, state.help, page)).filter((a): a is Action => a !== undefined)
        : [actionFor(input, key, state.help, page)].filter((a): a is Action => a !== undefined);
    if (!actions.length) return;
    setState((prev) =>
      actions.reduce((st, a) => {
        if (st.quit) return st;
        const v = buildView(st, data, cols);
        return reduce(st, a, data, v, layoutOf(v, rows).visible);
      }, prev),
    );
  });

  const body: ReactElement[] = [];
  if (state.help) {
    body.push(<Row key="h" line={[{ text: 'Keys', bold: true }]} />);
    helpLines.forEach((l, i) => body.push(<Row key={`h${i}`} line={[{ text: `  ${l}` }]} />));
  } else if (view.mode === 'text') {
    const start = Math.max(0, Math.min(top.cursor, view.rows.length - lay.visible));
    view.rows.slice(start, start + lay.visible).forEach((r, i) => body.push(<Row key={`t${start + i}`} line={r.line} />));
    if (view.rows.length > lay.visible) {
      const end = Math.min(view.rows.length, start + lay.visible);
      body.push(<Row key="more" line={[{ text: `— lines ${start + 1}–${end} of ${view.rows.length}${end < view.rows.length ? ' · ↓ for more' : ''} —`, dim: true }]} />);
    }
  } else if (view.rows.length === 0) {
    body.push(<Row key="empty" line={[{ text: `  ${view.empty ?? 'Nothing to show.'}`, dim: true }]} />);
  } else {
    const { start, end } = windowOf(view.rows.length, lay.visible, top.cursor);
    const scrolling = view.rows.length > lay.visible;
    if (scrolling) body.push(<Row key="above" line={[{ text: start > 0 ? `  ↑ ${start} more above` : ' ', dim: true }]} />);
    for (let i = start; i < end; i++) {
      const selected = i === top.cursor;
      body.push(<Row key={`r${i}`} prefix={selected ? '› ' : '  '} line={view.rows[i]!.line} {...(selected ? { inverse: true } : {})} />);
    }
    if (scrolling) body.push(<Row key="below" line={[{ text: end < view.rows.length ? `  ↓ ${view.rows.length - end} more below` : ' ', dim: true }]} />);
    if (lay.footerHeight > 0 && view.footer.length) body.push(...footerRows(view, lay.footerHeight));
  }
  // Fill the body so the status bar stays on the last line.
  const bodyHeight = Math.max(3, rows - 1 - chromeLines(view));
  while (body.length < bodyHeight) body.push(<Blank key={`b${body.length}`} />);

  const position = view.mode === 'list' ? (view.rows.length ? `${top.cursor + 1}/${view.rows.length}` : '0/0') : '';
  const canOpen = view.mode === 'list' && view.rows[top.cursor]?.open !== undefined;
  const keys = state.help
    ? 'any key closes the help · q quit'
    : ['q quit', '? help', canOpen ? 'Enter open' : '', state.stack.length > 1 ? '← back' : '', data.comparison ? 'd differences' : '', view.mode === 'list' ? '↑↓ move' : '↑↓ scroll'].filter(Boolean).join(' · ');

  return (
    <Box flexDirection="column" width={cols}>
      <Row line={[{ text: 'ringfence', bold: true, color: 'cyan' }, { text: ` › ${view.breadcrumb.join(' › ')}` }]} />
      {view.header.map((l, i) => (
        <Row key={`hd${i}`} line={l} />
      ))}
      <Blank />
      {view.columns && !state.help ? <Row line={view.columns} /> : view.columns ? <Blank /> : null}
      {body.slice(0, bodyHeight)}
      <Blank />
      <Row
        line={[
          { text: ` s severity: ${severityFilterShort[state.severity]}`, bold: true },
          { text: ' │ ' },
          { text: `f status: ${statusFilterShort[state.status]}`, bold: true },
          { text: `${position ? ` │ ${position}` : ''} │ ${keys} ` },
        ]}
        inverse
      />
    </Box>
  );
}
