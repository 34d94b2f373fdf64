using System;
using System.Globalization;
using System.Text;

namespace SchemaGen.Runtime.Documents
{
    /// <summary>A rectangle on a PDF page, in points, with the origin at the page's bottom left (PDF user space).</summary>
    public readonly struct PageBox : IEquatable<PageBox>
    {
        public PageBox(double left, double bottom, double right, double top)
        {
            Left = left;
            Bottom = bottom;
            Right = right;
            Top = top;
        }

        public double Left { get; }
        public double Bottom { get; }
        public double Right { get; }
        public double Top { get; }

        public bool Equals(PageBox other) => Left == other.Left && Bottom == other.Bottom && Right == other.Right && Top == other.Top;

        public override bool Equals(object? obj) => obj is PageBox other && Equals(other);

        public override int GetHashCode() => unchecked((((Left.GetHashCode() * 397) ^ Bottom.GetHashCode()) * 397 ^ Right.GetHashCode()) * 397 ^ Top.GetHashCode());

        public override string ToString()
            => string.Format(CultureInfo.InvariantCulture, "x {0:0}–{1:0}, y {2:0}–{3:0}", Left, Right, Bottom, Top);
    }

    /// <summary>
    /// Where a block or a cell stands in the input it was read from, so that a finding can send the user to the place
    /// to fix. Which parts are set depends on the input: plain text has a line and column; HTML has the line and column
    /// of the element's start tag and its element path; Word has the element path; PDF has the page and the box.
    /// Everything unset is 0 or null. A value type, equal by value.
    /// </summary>
    public readonly struct SourceLocation : IEquatable<SourceLocation>
    {
        private SourceLocation(int line, int column, int page, object? pathOrBox)
        {
            Line = line;
            // No factory sets both a column and a page (a page is PDF's, which has no lines): one field holds whichever
            // there is, a page as its negative (columns and pages are 1-based; below 1, none).
            _columnOrPage = page > 0 ? -page : Math.Max(column, 0);
            _pathOrBox = pathOrBox;
        }

        // A box held by reference: only PDF locations have one, and a nullable box inline would double the size of every
        // location, which the readers copy into each line, cell and reading they keep. No factory sets both a path and a
        // box, so one reference holds whichever there is; with the column and page in one field, 16 bytes where a field
        // each made 32.
        private sealed class BoxHolder
        {
            public BoxHolder(PageBox value) => Value = value;

            public PageBox Value { get; }
        }

        private readonly object? _pathOrBox;
        private readonly int _columnOrPage;

        /// <summary>No known place (a fact about the whole input).</summary>
        public static SourceLocation None => default;

        /// <summary>1-based line in the input text (HTML: of the start tag); 0 when unknown.</summary>
        public int Line { get; }

        /// <summary>1-based column (UTF-16 code unit) in that line; 0 when unknown.</summary>
        public int Column => _columnOrPage > 0 ? _columnOrPage : 0;

        /// <summary>An element path such as <c>body/table[2]/tr[4]/td[3]</c> (HTML) or <c>body/tbl[1]/tr[5]/tc[2]</c> (Word); null for text and PDF.</summary>
        public string? Path => _pathOrBox as string ?? (_pathOrBox as DeferredElementPath)?.ToString();

        /// <summary>Whether the place has an element path, asked without writing out a deferred one.</summary>
        public bool HasPath => _pathOrBox is string or DeferredElementPath;

        /// <summary>1-based PDF page; 0 for inputs without pages.</summary>
        public int Page => _columnOrPage < 0 ? -_columnOrPage : 0;

        /// <summary>Whether the place says more than a line and column could: an element path or a page.</summary>
        public bool IsMoreThanLine => HasPath || Page > 0;

        /// <summary>A line (and column) of text and nothing more: a place that moves along its line as characters do.</summary>
        public bool IsTextLine => Line > 0 && !IsMoreThanLine;

        /// <summary>Where on <see cref="Page"/> (PDF), when known.</summary>
        public PageBox? Box => (_pathOrBox as BoxHolder)?.Value;

        public bool IsNone => Line == 0 && _columnOrPage == 0 && _pathOrBox is null;

        public static SourceLocation AtLine(int line, int column) => new SourceLocation(line, column, 0, null);

        public static SourceLocation AtElement(string? path, int line = 0, int column = 0) => new SourceLocation(line, column, 0, path);

        /// <summary>At an element whose path is written out only when <see cref="Path"/> is read.</summary>
        public static SourceLocation AtElement(DeferredElementPath path, int line = 0, int column = 0) => new SourceLocation(line, column, 0, path);

        public static SourceLocation OnPage(int page, PageBox? box = null) => new SourceLocation(0, 0, page, box is PageBox b ? new BoxHolder(b) : null);

        public bool Equals(SourceLocation other)
            => Line == other.Line && Column == other.Column && string.Equals(Path, other.Path, StringComparison.Ordinal) && Page == other.Page && Nullable.Equals(Box, other.Box);

        public override bool Equals(object? obj) => obj is SourceLocation other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                int hash = Line * 397 ^ Column;
                hash = hash * 397 ^ (Path is null ? 0 : StringComparer.Ordinal.GetHashCode(Path));
                hash = hash * 397 ^ Page;
                return hash * 397 ^ (Box?.GetHashCode() ?? 0);
            }
        }

        public static bool operator ==(SourceLocation left, SourceLocation right) => left.Equals(right);

        public static bool operator !=(SourceLocation left, SourceLocation right) => !left.Equals(right);

        /// <summary>The place as a message names it: "line 12" for text, else as <see cref="ToString"/> gives it.</summary>
        public string Describe()
            => IsTextLine ? "line " + Line.ToString(CultureInfo.InvariantCulture) : ToString();

        /// <summary>"12:5", "page 3 (x 72–140, y 500–512)", "body/table[2]/tr[4]/td[3] (line 88)", or "" when unknown.</summary>
        public override string ToString()
        {
            var text = new StringBuilder();
            if (Page > 0)
            {
                text.Append("page ").Append(Page.ToString(CultureInfo.InvariantCulture));
                if (Box is PageBox box) text.Append(" (").Append(box.ToString()).Append(')');
            }
            if (Path is not null)
            {
                if (text.Length > 0) text.Append(' ');
                text.Append(Path);
            }
            if (Line > 0)
            {
                string at = Line.ToString(CultureInfo.InvariantCulture) + ":" + Column.ToString(CultureInfo.InvariantCulture);
                if (text.Length > 0) text.Append(" (line ").Append(at).Append(')');
                else text.Append(at);
            }
            return text.ToString();
        }
    }
}
