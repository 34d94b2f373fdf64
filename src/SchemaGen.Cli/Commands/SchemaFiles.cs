using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Diagnostics;

namespace SchemaGen.Cli.Commands
{
    /// <summary>Reading schema files and printing schema diagnostics the way compilers do: file:line:column: severity ID: message.</summary>
    internal static class SchemaFiles
    {
        public static bool TryRead(string path, TextWriter error, out string text)
        {
            text = "";
            try
            {
                text = File.ReadAllText(path);
                return true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"{path}: error: cannot read the schema file: {ex.Message}");
                return false;
            }
        }

        /// <summary>Prints every diagnostic (SchemaDiagnostic.ToString is already file:line:column: severity ID: message); returns the error count.</summary>
        public static int Print(TextWriter writer, IEnumerable<SchemaDiagnostic> diagnostics)
        {
            int errors = 0;
            foreach (SchemaDiagnostic diagnostic in diagnostics)
            {
                writer.WriteLine(diagnostic.ToString());
                if (diagnostic.Severity == FindingSeverity.Error) errors++;
            }
            return errors;
        }

        public static bool HasErrors(IEnumerable<SchemaDiagnostic> diagnostics) => diagnostics.Any(d => d.Severity == FindingSeverity.Error);
    }
}
