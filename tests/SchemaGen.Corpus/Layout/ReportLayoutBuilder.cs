using System.Collections.Generic;
using System.Linq;
using SchemaGen.Corpus.Figures;
using SchemaGen.Corpus.Formats;

namespace SchemaGen.Corpus.Layout
{
    /// <summary>
    /// Lays a report out as the official format does: the title, a preamble, sections 一 to 六 in order with their prose or
    /// tables, and the agency and date at the end. A table the report leaves out gets a line of prose in its place, as real
    /// reports do (hebei 007: table 四 replaced by a sentence).
    /// </summary>
    public static class ReportLayoutBuilder
    {
        public static ReportLayout Build(ReportFigures figures, ReportProse prose, ReportIdentity identity, LabelWriter labels, LayoutOptions options)
        {
            ReportFormat format = figures.Format;
            var blocks = new List<LayoutBlock>
            {
                new LayoutParagraph(labels.Text(identity.Title), ParagraphRole.Title),
                new LayoutParagraph(labels.Text(prose.Preamble), ParagraphRole.Body),
            };
            foreach (FormatSection section in format.Sections)
            {
                blocks.Add(new LayoutParagraph(labels.SectionHeading(section), ParagraphRole.SectionHeading, section.Id));
                if (section.IsText)
                {
                    foreach (string paragraph in prose.Sections.TryGetValue(section.Id, out var paragraphs) ? paragraphs : new[] { "无。" })
                        blocks.Add(new LayoutParagraph(labels.Text(paragraph), ParagraphRole.Body));
                    continue;
                }
                var tables = section.TableIds.Select(format.Table).Where(t => figures.IsPresent(t.Id)).ToList();
                if (tables.Count == 0)
                {
                    blocks.Add(new LayoutParagraph(labels.Text("本年度无相关情况。"), ParagraphRole.Body));
                    continue;
                }
                if (options.CombineCaptionedTables && tables.Count > 1 && tables.All(t => t.Caption is not null))
                {
                    blocks.Add(TableLayoutBuilder.Combine(tables, figures, labels, options));
                    continue;
                }
                foreach (FormatTable table in tables)
                {
                    if (table.Caption is not null) blocks.Add(new LayoutParagraph(labels.Caption(table), ParagraphRole.Caption));
                    blocks.Add(TableLayoutBuilder.Build(table, figures, labels, options));
                }
            }
            blocks.AddRange(prose.Closing.Select(line => new LayoutParagraph(labels.Text(line), ParagraphRole.Closing)));
            return new ReportLayout(labels.Text(identity.Title), blocks);
        }
    }
}
