using System.Collections.Generic;
using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Documents;

namespace SchemaGen.Runtime.Reading
{
    /// <summary>Where a section stands in the text: its heading line and the lines up to the next heading found.</summary>
    internal sealed class SectionSpan
    {
        public SectionSpan(SectionIndex index) => Index = index;

        public SectionIndex Index { get; }
        public SectionDescriptor Section => Index.Section;
        public bool Found { get; set; }
        /// <summary>0-based index of the heading line; -1 when not found.</summary>
        public int HeadingIndex { get; set; } = -1;
        /// <summary>0-based range [Start, End) of the section's lines, heading excluded.</summary>
        public int Start { get; set; }
        public int End { get; set; }
        /// <summary>A table of the section lists its row labels apart from its figures, so the section's text is in drawing order; see <see cref="TableScan.LabelsListedFirst"/>.</summary>
        public bool LabelsListedFirst => LeafRowsWithoutCells >= 2;

        /// <summary>Over the section's tables read so far: see <see cref="TableScan.LeafRowsWithoutCells"/>.</summary>
        public int LeafRowsWithoutCells { get; set; }
    }

    /// <summary>
    /// Finds the section headings, in the format's order. A heading is a short line that is the section's
    /// number with 、 and its title or an alias, give or take trailing punctuation ("六、其它需要报告的事项。").
    /// Mentions of the titles inside prose (seed 003's introduction lists them all in one sentence) and
    /// sub-headings such as "(二)依申请公开情况" are not headings; nor is table 三's row "四、结转下年度继续办理",
    /// whose title is not section 四's. Each search starts after the previous heading found.
    /// </summary>
    internal static class SectionLocator
    {
        /// <summary>How much a heading may add after the title ("说明", "情况") and still be a heading.</summary>
        private const int MaxHeadingTail = 6;

        public static IReadOnlyList<SectionSpan> Locate(TextLine[] lines, SchemaReadingIndex index, ReadDiagnosticBag diagnostics)
        {
            // Loops, not Select(…).ToArray(): the native build's size-optimised LINQ walks a projection through interface
            // calls per line, and every report's every line is asked.
            var candidates = new HeadingCandidate?[lines.Length];
            for (int i = 0; i < lines.Length; i++) candidates[i] = HeadingCandidate.Of(lines[i]);
            SkipTableOfContents(lines, candidates, index, diagnostics);
            var spans = index.Sections.Select(s => new SectionSpan(s)).ToList();
            int cursor = 0;
            foreach (SectionSpan span in spans)
            {
                for (int i = cursor; i < lines.Length; i++)
                {
                    HeadingCandidate? candidate = candidates[i];
                    if (candidate is null || !candidate.Names(span.Index)) continue;
                    Accept(span, i);
                    if (span.Index.Number.IsPresent && !candidate.Number.SameAs(span.Index.Number))
                        diagnostics.Add(ReadDiagnosticIds.SectionHeadingRenumbered,
                            $"the heading of section {span.Section.Heading} is numbered differently: \"{lines[i].Text.Trim()}\"",
                            section: span.Section.Id, line: lines[i].Number, column0: lines[i].FirstColumn, source: lines[i].Location);
                    break;
                }
                if (!span.Found && SimilarHeading(candidates, cursor, span, index) is { } similar)
                {
                    Accept(span, similar.Line);
                    diagnostics.Add(ReadDiagnosticIds.SectionHeadingMatchedApproximately,
                        $"\"{lines[similar.Line].Text.Trim()}\" read as the heading of section {span.Section.Heading} (similarity {similar.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})",
                        section: span.Section.Id, line: lines[similar.Line].Number, column0: lines[similar.Line].FirstColumn, source: lines[similar.Line].Location);
                }
                if (!span.Found)
                    diagnostics.Add(ReadDiagnosticIds.SectionNotFound, $"section {span.Section.Heading} not found: no line is its heading", section: span.Section.Id);
            }

            void Accept(SectionSpan span, int line)
            {
                span.Found = true;
                span.HeadingIndex = line;
                cursor = line + 1;
            }

            var found = spans.Where(s => s.Found).ToList();
            for (int k = 0; k < found.Count; k++)
            {
                found[k].Start = found[k].HeadingIndex + 1;
                found[k].End = k + 1 < found.Count ? found[k + 1].HeadingIndex : lines.Length;
            }
            return spans;
        }

        /// <summary>
        /// The first line from <paramref name="from"/> numbered as the section and close to its title (and to no other
        /// section's), before the next line that is some section's heading word for word: a heading with a typo.
        /// </summary>
        private static (int Line, double Score)? SimilarHeading(HeadingCandidate?[] candidates, int from, SectionSpan span, SchemaReadingIndex index)
        {
            if (!span.Index.Number.IsPresent) return null;
            for (int i = from; i < candidates.Length; i++)
            {
                HeadingCandidate? candidate = candidates[i];
                if (candidate is null) continue;
                if (index.Sections.Any(candidate.Names)) return null;
                if (!candidate.Number.SameAs(span.Index.Number)) continue;
                var match = index.SimilarSections.Match(candidate.Title);
                if (match.IsMatch && ReferenceEquals(match.Target, span.Index)) return (i, match.Score);
            }
            return null;
        }

        /// <summary>
        /// A table of contents: three or more lines in a row (blank lines between allowed) that are the headings of
        /// successive sections, each of which has its heading again further on. Those lines are not headings.
        /// </summary>
        private static void SkipTableOfContents(TextLine[] lines, HeadingCandidate?[] candidates, SchemaReadingIndex index, ReadDiagnosticBag diagnostics)
        {
            const int minimumEntries = 3;
            var named = new int[candidates.Length];
            for (int i = 0; i < candidates.Length; i++) named[i] = candidates[i] is { } candidate ? IndexOfSection(candidate, index) : -1;
            for (int start = 0; start < lines.Length; start++)
            {
                if (named[start] < 0) continue;
                var run = new List<int> { start };
                int i = start + 1;
                for (; i < lines.Length; i++)
                {
                    if (string.IsNullOrWhiteSpace(lines[i].Text)) continue;
                    if (named[i] != named[run[run.Count - 1]] + 1) break;
                    run.Add(i);
                }
                if (run.Count < minimumEntries) continue;
                int end = run[run.Count - 1];
                if (!EachNamedAgainAfter(run, named, end)) continue;
                foreach (int line in run) candidates[line] = null;
                diagnostics.Add(ReadDiagnosticIds.TableOfContentsSkipped,
                    $"lines {lines[start].Number}–{lines[end].Number} list {run.Count} section headings one after another, each found again further on: a table of contents, not read as headings",
                    line: lines[start].Number, column0: lines[start].FirstColumn, source: lines[start].Location);
                start = end;
            }
        }

        /// <summary>
        /// Whether each line of the run names a section that a line after <paramref name="end"/> names again. A loop, not
        /// a lambda: one capturing the loop's variables made a closure for every line of the report, run or not.
        /// </summary>
        private static bool EachNamedAgainAfter(List<int> run, int[] named, int end)
        {
            foreach (int line in run)
            {
                bool again = false;
                for (int later = end + 1; later < named.Length && !again; later++) again = named[later] == named[line];
                if (!again) return false;
            }
            return true;
        }

        private static int IndexOfSection(HeadingCandidate candidate, SchemaReadingIndex index)
        {
            for (int k = 0; k < index.Sections.Count; k++)
                if (candidate.Names(index.Sections[k]) && candidate.Number.SameAs(index.Sections[k].Number)) return k;
            return -1;
        }

        /// <summary>
        /// A heading as Markdown converters write it, "## 二、主动公开政府信息情况" or "**二、…**", without its marks: the
        /// heading's own text never starts with #, * or &gt;.
        /// </summary>
        private static string WithoutMarkdownMarks(string text)
        {
            // Bounds in the text itself (every line is asked; a trimmed copy per line was most of the cost): first the
            // whitespace Trim would take, then the marks and spaces within; a line without marks comes back as it is.
            int trimmedStart = 0, trimmedEnd = text.Length;
            TextNormalizer.TrimWhiteSpace(text, ref trimmedStart, ref trimmedEnd);
            int start = trimmedStart, end = trimmedEnd;
            while (start < end && (text[start] == '#' || text[start] == '*' || text[start] == '>' || text[start] == '_' || char.IsWhiteSpace(text[start]))) start++;
            while (end > start && (text[end - 1] == '*' || text[end - 1] == '_' || text[end - 1] == '#' || char.IsWhiteSpace(text[end - 1]))) end--;
            return start == trimmedStart && end == trimmedEnd ? text : text.Substring(start, end - start);
        }

        /// <summary>A line that could be a section heading: short, numbered 一、 style. Folded once, tested against each section.</summary>
        private sealed class HeadingCandidate
        {
            private const int MaxLength = 80;

            private HeadingCandidate(LeadingNumber number, string title)
            {
                Number = number;
                Title = title;
            }

            public LeadingNumber Number { get; }
            public string Title { get; }

            public bool Names(SectionIndex section)
                => Title.Length <= section.LongestTitle + MaxHeadingTail && !section.Titles.Match(Title, MaxHeadingTail).IsEmpty;

            public static HeadingCandidate? Of(TextLine line)
            {
                if (line.Text.Length > MaxLength * 4 || !MayOpenWithNumeral(line.Text)) return null;
                string text = WithoutMarkdownMarks(TableCells.SoleCell(line));
                // The text's own first character, before folding it whole: the test above looked past pipes and blank
                // cells, which the text of a row of several cells keeps.
                if (!LeadingNumber.CanStartEnumerated(TextNormalizer.FirstFolded(text))) return null;
                string folded = TextNormalizer.Fold(text);
                if (folded.Length == 0 || folded.Length > MaxLength) return null;
                LeadingNumber number = LeadingNumber.Parse(folded);
                if (number.Style != NumberStyle.Enumerated) return null;
                string title = TextNormalizer.TrimTrailingPunctuation(folded.Substring(number.Length));
                return title.Length == 0 ? null : new HeadingCandidate(number, title);
            }

            /// <summary>
            /// Whether the line's first character past what may stand before a heading's text (spaces and what folding
            /// drops, a table row's pipes and blank cells, Markdown marks) can open 一、, folded: when not, no sole cell or
            /// Markdown-free text of the line can either. Most lines are refused here, before any of that is worked out.
            /// </summary>
            private static bool MayOpenWithNumeral(string line)
            {
                foreach (char raw in line)
                {
                    if (PipeCells.IsPipe(raw) || raw is '#' or '*' or '>' or '_' || !TextNormalizer.TryFoldKept(raw, out char folded)) continue;
                    return LeadingNumber.CanStartEnumerated(folded);
                }
                return false;
            }
        }
    }
}
