using System;

namespace SchemaGen.Schema.Loading
{
    /// <summary>
    /// Which files among a project's AdditionalFiles are schemas: the one rule the generator and the analyzers both apply.
    /// A .yaml or .yml file whose SchemaGenSchema metadata is true is a schema; false, it is not; otherwise it is one when
    /// it has top-level <c>format:</c> and <c>tables:</c> keys.
    /// </summary>
    public static class SchemaFileSelection
    {
        /// <summary>Per-file MSBuild metadata, made compiler-visible by SchemaGen.props.</summary>
        public const string SchemaMetadata = "build_metadata.AdditionalFiles.SchemaGenSchema";

        /// <summary>The namespace to generate into, overriding format.namespace.</summary>
        public const string NamespaceMetadata = "build_metadata.AdditionalFiles.SchemaGenNamespace";

        public static bool IsYaml(string path)
            => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

        /// <param name="schemaMetadata">The file's SchemaGenSchema metadata, or null.</param>
        /// <param name="text">The file's text, read only when the metadata leaves it open.</param>
        public static bool IsSchema(string path, string? schemaMetadata, Func<string?> text)
        {
            if (!IsYaml(path)) return false;
            if (string.Equals(schemaMetadata, "true", StringComparison.OrdinalIgnoreCase)) return true;
            if (string.Equals(schemaMetadata, "false", StringComparison.OrdinalIgnoreCase)) return false;
            return LooksLikeSchema(text() ?? "");
        }

        /// <summary>Top-level <c>format:</c> and <c>tables:</c> keys, each at the start of a line.</summary>
        public static bool LooksLikeSchema(string text)
        {
            bool format = false, tables = false;
            int lineStart = 0;
            while (lineStart < text.Length && !(format && tables))
            {
                format |= string.CompareOrdinal(text, lineStart, "format:", 0, 7) == 0;
                tables |= string.CompareOrdinal(text, lineStart, "tables:", 0, 7) == 0;
                int next = text.IndexOf('\n', lineStart);
                lineStart = next < 0 ? text.Length : next + 1;
            }
            return format && tables;
        }
    }
}
