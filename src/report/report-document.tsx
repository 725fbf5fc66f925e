import { Font, Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { Bullets, Facts, Figures, H1, H2, Numbered, PdfDocument, References } from './pdf-parts';
import { PdfCover } from './pdf-cover';
import { ProjectionChart } from './pdf-charts';
import { reportStyles, type ReportStyles } from './pdf-styles';
import { PdfTable } from './pdf-table';
import { PdfUseCase } from './pdf-use-case';
import { NO_DUTIES } from '../lib/brief';
import { HEADINGS, SOFT_HYPHEN, type ReportModel } from './report-model';

/**
 * One or more pages with the running header and the page number. Each section gets its own Page: the layout
 * engine re-lays out everything after a page break, so one long Page costs quadratic time.
 */
export function SectionPage({
  model,
  s,
  children,
}: {
  model: Pick<ReportModel, 'runningHeader' | 'cover'>;
  s: ReportStyles;
  children: ReactNode;
}) {
  return (
    <Page size="A4" style={s.page} wrap>
      <View style={s.header} fixed>
        <Text>{model.runningHeader}</Text>
        <Text>{model.cover.firm || model.cover.preparedBy}</Text>
      </View>
      <View style={s.footer} fixed>
        <Text>{model.cover.date}</Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
      {children}
    </Page>
  );
}

function Summary({ model, s }: { model: ReportModel; s: ReportStyles }) {
  return (
    <View>
      <H1 s={s}>{HEADINGS.summary}</H1>
      <Figures s={s} figures={model.summary.figures} />
      {model.summary.paragraphs.map((p) => (
        <Text key={p} style={s.p}>
          {p}
        </Text>
      ))}
      <PdfTable heading={HEADINGS.portfolio} table={model.portfolio} s={s} />
      <View wrap={false}>
        <H2 s={s}>Duties that come first</H2>
        {model.brief.none ? <Text style={s.p}>{model.brief.none}</Text> : null}
        {model.brief.duties.map((d) => (
          <View key={`${d.law} ${d.text}`} style={s.bullet}>
            <Text style={s.bulletMark}>•</Text>
            <View style={{ flex: 1 }}>
              <Text>
                <Text style={s.bold}>{d.law}</Text>
                {d.phase ? <Text style={s.phase}> {d.phase.toUpperCase()}</Text> : null} {d.text}
              </Text>
              {d.when ? <Text style={s.small}>{d.when}</Text> : null}
            </View>
          </View>
        ))}
        {model.brief.more ? <Text style={s.small}>{model.brief.more}</Text> : null}
      </View>
      {model.brief.nextSteps.length > 0 ? (
        <View wrap={false}>
          <H2 s={s}>Next steps</H2>
          <Numbered s={s} items={model.brief.nextSteps} />
        </View>
      ) : null}
      {model.summary.notes.length > 0 ? (
        <>
          <H2 s={s}>Notes on the portfolio</H2>
          <Bullets s={s} items={model.summary.notes} />
        </>
      ) : null}
      {model.projection ? (
        <View wrap={false}>
          <H2 s={s}>{model.projection.title}</H2>
          {model.projection.sentences.map((p) => (
            <Text key={p} style={s.p}>
              {p}
            </Text>
          ))}
          <ProjectionChart years={model.projection.years} baseline={model.projection.baseline} s={s} />
          <PdfTable table={model.projection.table} s={s} />
          <Text style={s.caption}>{model.projection.note}</Text>
        </View>
      ) : null}
      {model.sharedExclusions ? <PdfTable heading="Ruled out for every use case" table={model.sharedExclusions} s={s} /> : null}
    </View>
  );
}

function Obligations({ model, s }: { model: ReportModel; s: ReportStyles }) {
  return (
    <View>
      <H1 s={s}>{HEADINGS.obligations}</H1>
      <Text style={[s.small, s.p]}>
        What the organisation takes on with this portfolio, grouped by law and by the role each duty falls on. &quot;Before go-live&quot;
        marks what is done once before the system is used; &quot;Ongoing&quot;, what lasts as long as it runs. Tick each off as it is done.
      </Text>
      {model.obligations.length === 0 ? <Text>{NO_DUTIES}</Text> : null}
      {model.obligations.map((group) => (
        <View key={group.law}>
          {group.roles.map((role, r) =>
            role.items.map((item, i) => {
              const check = <CheckItem key={item.text} item={item} s={s} />;
              if (i > 0) return check;
              // A law's heading and a role's heading never end a page: each stays with the first duty under it.
              return (
                <View key={item.text} wrap={false}>
                  {r === 0 ? <H2 s={s}>{group.law}</H2> : null}
                  {role.heading ? <Text style={s.h3}>{role.heading}</Text> : null}
                  {check}
                </View>
              );
            }),
          )}
        </View>
      ))}
    </View>
  );
}

function CheckItem({ item, s }: { item: ReportModel['obligations'][number]['roles'][number]['items'][number]; s: ReportStyles }) {
  return (
    <View style={s.check} wrap={false}>
      <View style={s.box} />
      <View style={{ flex: 1 }}>
        <Text>
          {item.phase ? <Text style={s.phase}>{item.phase.toUpperCase()} </Text> : null}
          {item.text}
        </Text>
        {item.when ? <Text style={s.small}>{item.when}</Text> : null}
        <Text style={s.small}>
          Applies to: {item.appliesTo} · Sources: {item.refs}
        </Text>
      </View>
    </View>
  );
}

function Assumptions({ model, s }: { model: ReportModel; s: ReportStyles }) {
  return (
    <View>
      {/* A dozen short lines: kept on one page, so that the heading never ends a page alone. */}
      <View wrap={false}>
        <H1 s={s}>{HEADINGS.profile}</H1>
        <Text style={[s.small, s.p]}>The answers this report rests on.</Text>
        <Facts s={s} facts={model.profile} />
      </View>
      <View style={{ marginTop: 12 }} />
      <H1 s={s}>{HEADINGS.assumptions}</H1>
      <Text style={[s.small, s.p]}>
        The planning assumptions, and every price and figure of the options this recommendation uses (each pick, and the equal choice where
        a call is too close), each with its source (numbered as in the list of sources) and the date it was true. The costs in this report
        are computed from these; the rule pack’s catalog holds the figures of the other options its tables compare.
      </Text>
      {model.assumptions.map((g) => (
        <PdfTable key={g.title} heading={g.title} table={g.table} s={s} />
      ))}
    </View>
  );
}

function RulePack({ model, s }: { model: ReportModel; s: ReportStyles }) {
  const hash = model.rulePack.find((f) => f.label === 'SHA-256')?.value ?? '';
  return (
    <View wrap={false}>
      <H1 s={s}>{HEADINGS.rulePack}</H1>
      <Text style={[s.small, s.p]}>
        The recommendation was computed with this rule pack. The hash identifies its exact files: the same answers and the same hash give
        the same result.
      </Text>
      <Facts s={s} facts={model.rulePack.filter((f) => f.label !== 'SHA-256')} columns={1} />
      <View style={[s.fact, { width: '100%' }]}>
        <Text style={s.factLabel}>SHA-256</Text>
        <Text style={[s.factValue, s.mono]}>{hash}</Text>
      </View>
    </View>
  );
}

/**
 * Words break only at spaces, and at soft hyphens (U+00AD) that `breakable` puts into runs too long for a column.
 * The built-in syllable hyphenation split rule ids, names ("Togeth-er") and URLs, and every break inside a word
 * prints a hyphen, which would corrupt a URL or the rule pack's hash.
 */
Font.registerHyphenationCallback((word) => (word.includes(SOFT_HYPHEN) ? word.split(SOFT_HYPHEN) : [word]));

/**
 * The PDF report for a document model: cover, summary and portfolio, one section per use case, the obligations
 * checklist, assumptions, sources, the rule pack and the disclaimer. Set in the bundled Liberation Sans:
 * register it first (registerReportFonts, which both renderers call).
 */
export function ReportDocument({ model }: { model: ReportModel }) {
  const s = reportStyles(model.accent);
  const pack = `Rule pack ${model.rulePack.find((f) => f.label === 'Id')?.value ?? ''} ${model.rulePack.find((f) => f.label === 'Version')?.value ?? ''}`;
  const total = model.useCases.length;
  const last = model.useCases.at(-1);
  return (
    <PdfDocument meta={model.meta}>
      <PdfCover
        cover={model.cover}
        accent={model.accent}
        pack={pack}
        s={s}
        notice={{ heading: HEADINGS.disclaimer, paragraphs: model.disclaimer }}
      />
      <SectionPage model={model} s={s}>
        <Summary model={model} s={s} />
      </SectionPage>
      {model.useCases.slice(0, -1).map((u, i) => (
        <SectionPage key={u.id} model={model} s={s}>
          <PdfUseCase u={u} position={`Use case ${i + 1} of ${total}`} s={s} />
        </SectionPage>
      ))}
      {/*
       * From the last use case on, the parts flow one after another: the checklist and the appendix each on a page of
       * their own left most of the page before them blank.
       */}
      <SectionPage model={model} s={s}>
        {last ? <PdfUseCase u={last} position={`Use case ${total} of ${total}`} s={s} /> : null}
        {/*
          Spacers, not Views with a margin around each part: with those wrappers, a heading kept with the first row of
          its table (a wrap={false} block) was drawn squashed, rows on top of one another, where it met the foot of a
          page (react-pdf 4.9; the sources and the rules table of 3 fixture reports). The layout test finds this.
        */}
        <View style={{ height: last ? 24 : 0 }} />
        <Obligations model={model} s={s} />
        <View style={{ height: 24 }} />
        <Assumptions model={model} s={s} />
        <View style={{ height: 18 }} />
        <RulePack model={model} s={s} />
        <View style={{ height: 12 }} />
        <PdfTable
          table={model.rules}
          s={s}
          across={2}
          heading={HEADINGS.rules}
          intro="Each reason, exclusion, duty and note in this report comes from one rule of this pack. The rules are listed here by their id in the pack, two to a line, with what each did and for which use cases (numbered as in this report)."
        />
        <View style={{ height: 18 }} />
        <References s={s} entries={model.sources} size={7.5} heading={<H1 s={s}>{HEADINGS.sources}</H1>} />
      </SectionPage>
    </PdfDocument>
  );
}
