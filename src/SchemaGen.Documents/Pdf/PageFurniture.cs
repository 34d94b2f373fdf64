using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SchemaGen.Documents.Pdf
{
    /// <summary>
    /// Page headers, footers and page numbers: lines in the top or bottom band of a page that are a page number
    /// (第 3 页, - 3 -, 3/12, Page 3 of 12) or whose text, digits aside, repeats at the same height on other pages. They are
    /// removed before tables and paragraphs are found, so that a footer never lands inside a table that runs on to the
    /// next page. Lines inside a ruled table are never furniture.
    /// </summary>
    internal static class PageFurniture
    {
        /// <summary>The share of the page height at the top and at the bottom where headers and footers live.</summary>
        public const double BandShare = 0.12;

        // Repeated lines are compared at this precision (points).
        private const double PositionTolerance = 4;

        // A line of many runs is a table row (a repeated table header), not a page header.
        private const int MaxRunsInFurniture = 3;

        private static readonly Regex PageNumber = new Regex(
            @"^(第\s*[0-9０-９一二三四五六七八九十百]+\s*页(\s*[，,/]?\s*共\s*[0-9０-９一二三四五六七八九十百]+\s*页)?|共\s*[0-9０-９]+\s*页\s*第\s*[0-9０-９]+\s*页|[-–—－]\s*[0-9０-９]+\s*[-–—－]|[0-9０-９]+\s*/\s*[0-9０-９]+|[0-9０-９]+|(page|Page|PAGE)\s*[0-9]+(\s*(of|/)\s*[0-9]+)?)$",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

        /// <summary>The runs of each page that are furniture.</summary>
        public static HashSet<TextRun> Find(IReadOnlyList<PageContent> pages, IReadOnlyList<IReadOnlyList<TableDraft>> ruledTables)
        {
            var furniture = new HashSet<TextRun>();
            var candidates = new List<(int Page, List<TextRun> Line, string Signature, double Y, bool Top)>();
            // Where each text stands anywhere in the document: a table header repeated at the top of each page it
            // continues on also stands, at the same left edge, where the table began.
            var placesOf = new Dictionary<string, List<(double Left, double Size, double Top, int Page)>>(StringComparer.Ordinal);
            for (int p = 0; p < pages.Count; p++)
            {
                PageContent page = pages[p];
                var free = page.Runs.Where(r => !ruledTables[p].Any(t => LatticeTableFinder.Inside(t, r))).ToList();
                foreach (List<TextRun> line in CellText.Lines(free))
                {
                    Box box = Box.Of(line.Select(r => r.Box));
                    string signature = Signature(string.Concat(line.Select(r => r.Text)));
                    if (!placesOf.TryGetValue(signature, out var places)) placesOf[signature] = places = new List<(double, double, double, int)>();
                    places.Add((box.Left, line[0].Size, page.Height - box.Top, p));
                    bool top = box.Bottom >= page.Height * (1 - BandShare);
                    bool bottom = box.Top <= page.Height * BandShare;
                    if (!top && !bottom) continue;
                    // Runs are joined with a space so that a row of figures ("3 0 12") never reads as one page number.
                    string text = string.Join(" ", line.Select(r => r.Text)).Trim();
                    if (line.Count <= 2 && PageNumber.IsMatch(text)) foreach (TextRun run in line) furniture.Add(run);
                    else if (line.Count <= MaxRunsInFurniture) candidates.Add((p, line, signature, top ? page.Height - box.Top : box.Bottom, top));
                }
            }
            // Repeated text at the same height on two pages or more (a running title, a date, "XX市人民政府").
            foreach (var same in candidates.GroupBy(c => (c.Signature, c.Top)))
            {
                var ordered = same.OrderBy(c => c.Y).ToList();
                for (int i = 0; i < ordered.Count; i++)
                {
                    int pagesAtSameHeight = ordered.Where(o => Math.Abs(o.Y - ordered[i].Y) <= PositionTolerance).Select(o => o.Page).Distinct().Count();
                    if (pagesAtSameHeight >= 2 && !AlsoInBody(ordered[i].Line, placesOf[ordered[i].Signature], pages[ordered[i].Page].Height)) foreach (TextRun run in ordered[i].Line) furniture.Add(run);
                }
            }
            return furniture;
        }

        // The same text at the same left edge and size, at another height of some page: part of the body that repeats
        // (a table's header), not a running header.
        private static bool AlsoInBody(List<TextRun> line, List<(double Left, double Size, double Top, int Page)> places, double pageHeight)
        {
            Box box = Box.Of(line.Select(r => r.Box));
            double top = pageHeight - box.Top;
            return places.Any(p => Math.Abs(p.Left - box.Left) <= 2 && Math.Abs(p.Size - line[0].Size) <= 0.5 && Math.Abs(p.Top - top) > PositionTolerance);
        }

        // Page numbers, dates and counters change from page to page; the rest of a running header does not.
        private static string Signature(string text)
        {
            var signature = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c)) continue;
                signature.Append(char.IsDigit(c) || (c >= '０' && c <= '９') ? '#' : c);
            }
            return signature.ToString();
        }
    }
}
