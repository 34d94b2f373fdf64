using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Semantics
{
    /// <summary>The order of format versions everywhere (docs pages, version pairs, the generated list of formats): oldest first.</summary>
    public static class FormatOrder
    {
        /// <summary>By first report year when stated, then by version as a number, then as text.</summary>
        public static IEnumerable<T> OldestFirst<T>(IEnumerable<T> items, Func<T, int?> reportYearFrom, Func<T, string> version)
            => items
                .OrderBy(i => reportYearFrom(i) ?? int.MaxValue)
                .ThenBy(i => VersionNumber(version(i)))
                .ThenBy(i => version(i), StringComparer.Ordinal);

        /// <summary>Two versions in the same order: as numbers, a version that is none after those that are, then as text.</summary>
        public static int CompareVersions(string a, string b)
        {
            int byNumber = VersionNumber(a).CompareTo(VersionNumber(b));
            return byNumber != 0 ? byNumber : string.CompareOrdinal(a, b);
        }

        private static decimal VersionNumber(string version)
            => decimal.TryParse(version, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal v) ? v : decimal.MaxValue;

        public static IEnumerable<T> OldestFirst<T>(IEnumerable<T> items, Func<T, FormatInfo> format)
            => OldestFirst(items, i => format(i).ReportYearFrom, i => format(i).Version);
    }
}
