using System.Globalization;
using SchemaGen.Schema.Model;

namespace SchemaGen.Schema.Versioning
{
    /// <summary>Compares the <c>format:</c> block, one change per key.</summary>
    internal static class FormatComparer
    {
        public static void Compare(FormatInfo older, FormatInfo newer, ChangeLog log)
        {
            Field(log, ChangeRules.FormatIdChanged, "id", older.Id, newer.Id);
            Field(log, ChangeRules.FormatVersionChanged, "version", older.Version, newer.Version);
            Field(log, ChangeRules.FormatNamespaceChanged, "namespace", older.Namespace, newer.Namespace);
            Field(log, ChangeRules.FormatModelRenamed, "model", older.Model, newer.Model);
            Field(log, ChangeRules.FormatMetadataChanged, "title", older.Title, newer.Title);
            Field(log, ChangeRules.FormatMetadataChanged, "notice", older.Notice, newer.Notice);
            Field(log, ChangeRules.FormatMetadataChanged, "issued-by", older.IssuedBy, newer.IssuedBy);
            Field(log, ChangeRules.FormatMetadataChanged, "issued-on", older.IssuedOn, newer.IssuedOn);
            Field(log, ChangeRules.FormatYearsChanged, "report-years", Years(older), Years(newer));
            if (Wording.Normalize(older.Description) != Wording.Normalize(newer.Description))
                log.Add(ChangeRules.FormatMetadataChanged, "format", ElementPaths.Format("description"), "format description changed", before: older.Description, after: newer.Description);
        }

        private static void Field(ChangeLog log, ChangeRule rule, string key, string? older, string? newer)
        {
            if (older == newer) return;
            log.Add(rule, "format", ElementPaths.Format(key), $"format {key}: {Wording.Quote(older)} → {Wording.Quote(newer)}", before: older, after: newer);
        }

        private static string Years(FormatInfo format)
            => Year(format.ReportYearFrom) + "–" + Year(format.ReportYearTo);

        private static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "";
    }
}
