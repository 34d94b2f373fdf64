using System;
using System.Collections.Generic;
using System.Linq;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace SchemaGen.Documents.Pdf
{
    /// <summary>
    /// What the reader uses of one page: text runs and ruling lines in the page's reading frame (turned so that most of
    /// its text runs left to right), the page's size in that frame, and what it had to leave out.
    /// </summary>
    internal sealed class PageContent
    {
        public PageContent(int number, double width, double height, IReadOnlyList<TextRun> runs, IReadOnlyList<Rule> rules, int letterCount, int imageCount, int skippedLetters, bool rulesSkipped)
        {
            Number = number;
            Width = width;
            Height = height;
            Runs = runs;
            Rules = rules;
            LetterCount = letterCount;
            ImageCount = imageCount;
            SkippedLetters = skippedLetters;
            RulesSkipped = rulesSkipped;
        }

        public int Number { get; }
        public double Width { get; }
        public double Height { get; }
        public IReadOnlyList<TextRun> Runs { get; }
        public IReadOnlyList<Rule> Rules { get; }

        /// <summary>Letters that are not white space.</summary>
        public int LetterCount { get; }
        public int ImageCount { get; }

        /// <summary>Letters at an angle that is not a multiple of 90°, which are not read.</summary>
        public int SkippedLetters { get; }

        /// <summary>The page drew more line segments than a report table has; its ruling lines were not used.</summary>
        public bool RulesSkipped { get; }
    }

    /// <summary>Turns a PdfPig page into <see cref="PageContent"/>.</summary>
    internal static class PageContentExtractor
    {
        /// <summary>Past this many letters a page is not a report page; the rest are not read.</summary>
        public const int MaxLettersPerPage = 60_000;

        /// <summary>Past this many path segments the drawing is not table borders (a chart, a map, a pattern); they are ignored.</summary>
        public const int MaxSegmentsPerPage = 20_000;

        // A filled bar at most this thick is a ruling line (browsers draw borders as thin filled rectangles).
        private const double MaxRuleThickness = 2.5;
        private const double MinRuleLength = 2;
        private const double AxisTolerance = 0.5;

        public static PageContent Extract(Page page)
        {
            IReadOnlyList<Letter> letters = page.Letters;
            var visible = new List<Letter>(Math.Min(letters.Count, MaxLettersPerPage));
            foreach (Letter letter in letters)
            {
                if (visible.Count >= MaxLettersPerPage) break;
                if (string.IsNullOrWhiteSpace(letter.Value)) continue;
                visible.Add(letter);
            }
            TextOrientation reading = DominantOrientation(visible);
            Frame frame = Frame.For(TurnOf(visible.Where(l => l.TextOrientation == reading).ToList(), reading), page.Width, page.Height);
            List<Rule> rules = ExtractRules(page, frame, out bool rulesSkipped);

            var runs = new List<TextRun>();
            int skipped = Math.Max(0, letters.Count - MaxLettersPerPage);
            foreach (IGrouping<TextOrientation, Letter> group in visible.GroupBy(l => l.TextOrientation))
            {
                if (group.Key == TextOrientation.Other)
                {
                    skipped += group.Count();
                    continue;
                }
                // Letters are read in their own frame (so a turned cell text reads as a line), then each run's box is
                // taken back into the page's frame.
                Frame own = Frame.For(TurnOf(group.ToList(), group.Key), page.Width, page.Height);
                var glyphs = group.Select(l => ToGlyph(l, own)).Where(g => g is not null).Select(g => g!).ToList();
                // Runs of the reading direction are split where a vertical ruling line crosses them (tight cells).
                foreach (TextRun run in RunBuilder.Build(glyphs, group.Key == reading ? rules : Array.Empty<Rule>()))
                {
                    if (group.Key == reading)
                    {
                        runs.Add(run);
                        continue;
                    }
                    Box onPage = frame.FromUser(own.ToUser(run.Box));
                    runs.Add(run with { Box = onPage, Baseline = onPage.Bottom + 0.12 * run.Size });
                }
            }

            (double width, double height) = frame.Size;
            int imageCount;
            try { imageCount = page.NumberOfImages; }
            catch (Exception) { imageCount = 0; }
            return new PageContent(page.Number, width, height, runs, rules, visible.Count, imageCount, skipped, rulesSkipped);
        }

        private static TextOrientation DominantOrientation(IReadOnlyList<Letter> letters)
        {
            if (letters.Count == 0) return TextOrientation.Horizontal;
            return letters.GroupBy(l => l.TextOrientation).Where(g => g.Key != TextOrientation.Other)
                .OrderByDescending(g => g.Count()).ThenBy(g => (int)g.Key).Select(g => g.Key).DefaultIfEmpty(TextOrientation.Horizontal).First();
        }

        // Which quarter-turn makes these letters run left to right: read from where their baselines point, which
        // does not depend on how a producer names the rotation.
        private static Turn TurnOf(IReadOnlyList<Letter> letters, TextOrientation orientation)
        {
            if (orientation == TextOrientation.Horizontal || letters.Count == 0) return Pdf.Turn.None;
            double dx = 0, dy = 0;
            foreach (Letter letter in letters)
            {
                dx += letter.EndBaseLine.X - letter.StartBaseLine.X;
                dy += letter.EndBaseLine.Y - letter.StartBaseLine.Y;
            }
            if (Math.Abs(dy) > Math.Abs(dx)) return dy > 0 ? Pdf.Turn.TextUp : Pdf.Turn.TextDown;
            return dx < 0 ? Pdf.Turn.UpsideDown : Pdf.Turn.None;
        }

        private static Glyph? ToGlyph(Letter letter, Frame frame)
        {
            PdfPoint start = frame.FromUser(letter.StartBaseLine);
            PdfPoint end = frame.FromUser(letter.EndBaseLine);
            double size = letter.PointSize;
            if (!(size > 0.5) || double.IsNaN(start.X) || double.IsNaN(start.Y)) size = Math.Max(1, Math.Abs(end.X - start.X));
            double right = end.X > start.X ? end.X : start.X + size * 0.5;
            if (double.IsNaN(right) || double.IsInfinity(right)) return null;
            return new Glyph(CharacterForms.Normalize(letter.Value), start.X, right, start.Y, size);
        }

        private static List<Rule> ExtractRules(Page page, Frame frame, out bool skipped)
        {
            skipped = false;
            var rules = new List<Rule>();
            IReadOnlyList<PdfPath> paths;
            try { paths = page.Paths; }
            catch (Exception) { return rules; }
            int segments = 0;
            foreach (PdfPath path in paths)
            {
                if (path.IsClipping) continue;
                foreach (PdfSubpath subpath in path)
                {
                    segments += subpath.Commands.Count;
                    if (segments > MaxSegmentsPerPage)
                    {
                        skipped = true;
                        return new List<Rule>();
                    }
                    if (path.IsFilled && !path.IsStroked)
                    {
                        PdfRectangle? bounds = subpath.GetBoundingRectangle();
                        if (bounds is PdfRectangle b) AddBar(rules, frame, b);
                    }
                    else if (path.IsStroked)
                    {
                        AddSegments(rules, frame, subpath);
                    }
                }
            }
            return rules;
        }

        // A thin filled rectangle is a rule along its long side; a larger one is shading and is not a rule.
        private static void AddBar(List<Rule> rules, Frame frame, PdfRectangle bounds)
        {
            Box box = frame.FromUser(new Box(bounds.Left, bounds.Bottom, bounds.Right, bounds.Top));
            if (box.Height <= MaxRuleThickness && box.Width >= MinRuleLength)
                rules.Add(new Rule(true, box.CenterY, box.Left, box.Right));
            else if (box.Width <= MaxRuleThickness && box.Height >= MinRuleLength)
                rules.Add(new Rule(false, box.CenterX, box.Bottom, box.Top));
        }

        private static void AddSegments(List<Rule> rules, Frame frame, PdfSubpath subpath)
        {
            PdfPoint? start = null;
            PdfPoint? current = null;
            foreach (PdfSubpath.IPathCommand command in subpath.Commands)
            {
                switch (command)
                {
                    case PdfSubpath.Move move:
                        start = current = move.Location;
                        break;
                    case PdfSubpath.Line line:
                        AddSegment(rules, frame, line.From, line.To);
                        current = line.To;
                        start ??= line.From;
                        break;
                    case PdfSubpath.Close:
                        if (start is PdfPoint s && current is PdfPoint c) AddSegment(rules, frame, c, s);
                        current = start;
                        break;
                    case PdfSubpath.CubicBezierCurve curve:
                        current = curve.EndPoint;
                        break;
                }
            }
        }

        private static void AddSegment(List<Rule> rules, Frame frame, PdfPoint fromUser, PdfPoint toUser)
        {
            PdfPoint from = frame.FromUser(fromUser);
            PdfPoint to = frame.FromUser(toUser);
            if (Math.Abs(from.Y - to.Y) <= AxisTolerance && Math.Abs(from.X - to.X) >= MinRuleLength)
                rules.Add(new Rule(true, (from.Y + to.Y) / 2, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
            else if (Math.Abs(from.X - to.X) <= AxisTolerance && Math.Abs(from.Y - to.Y) >= MinRuleLength)
                rules.Add(new Rule(false, (from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
        }

        /// <summary>A quarter-turn of the page, so that text of one direction runs left to right with y growing upwards.</summary>
        private readonly struct Frame
        {
            private readonly Turn _turn;
            private readonly double _pageWidth;
            private readonly double _pageHeight;

            private Frame(Turn turn, double pageWidth, double pageHeight)
            {
                _turn = turn;
                _pageWidth = pageWidth;
                _pageHeight = pageHeight;
            }

            public static Frame For(Turn turn, double pageWidth, double pageHeight) => new Frame(turn, pageWidth, pageHeight);

            public (double Width, double Height) Size => _turn is Turn.TextUp or Turn.TextDown ? (_pageHeight, _pageWidth) : (_pageWidth, _pageHeight);

            // Offsets keep coordinates positive, so "near the top" means the same in every frame.
            public PdfPoint FromUser(PdfPoint p) => _turn switch
            {
                Turn.TextUp => new PdfPoint(p.Y, _pageWidth - p.X),
                Turn.TextDown => new PdfPoint(_pageHeight - p.Y, p.X),
                Turn.UpsideDown => new PdfPoint(_pageWidth - p.X, _pageHeight - p.Y),
                _ => p,
            };

            public PdfPoint ToUser(PdfPoint p) => _turn switch
            {
                Turn.TextUp => new PdfPoint(_pageWidth - p.Y, p.X),
                Turn.TextDown => new PdfPoint(p.Y, _pageHeight - p.X),
                Turn.UpsideDown => new PdfPoint(_pageWidth - p.X, _pageHeight - p.Y),
                _ => p,
            };

            public Box FromUser(Box box) => Bounds(FromUser(new PdfPoint(box.Left, box.Bottom)), FromUser(new PdfPoint(box.Right, box.Top)));

            public Box ToUser(Box box) => Bounds(ToUser(new PdfPoint(box.Left, box.Bottom)), ToUser(new PdfPoint(box.Right, box.Top)));

            private static Box Bounds(PdfPoint a, PdfPoint b) => new Box(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.X, b.X), Math.Max(a.Y, b.Y));
        }
    }

    /// <summary>How text is turned on the page: its baselines run right, up, down or left.</summary>
    internal enum Turn
    {
        None,
        TextUp,
        TextDown,
        UpsideDown,
    }
}
