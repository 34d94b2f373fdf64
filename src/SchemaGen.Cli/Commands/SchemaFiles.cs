using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Semantics;

namespace SchemaGen.Cli.Commands
{
    /// <summary>Reading schema files and printing schema diagnostics the way compilers do: file:line:column: severity ID: message.</summary>
    internal static class SchemaFiles
    {
        /// <summary>Reads a schema file as UTF-8 (<see cref="SchemaFile.Read"/>); a problem is printed as a diagnostic and the text is empty.</summary>
        public static bool TryRead(string path, TextWriter error, out string text)
        {
            SchemaFileText file = SchemaFile.Read(path);
            text = file.Text ?? "";
            if (file.Text is not null) return true;
            error.WriteLine(file.Describe(path));
            return false;
        }

        /// <summary>
        /// The semantic model of a schema file, as every command that reads a schema's meaning gets it; a schema with
        /// errors cannot be used meaningfully: its diagnostics go to <paramref name="error"/> and the result is null.
        /// </summary>
        public static SchemaModel? LoadModel(TextWriter error, string path, string command)
        {
            if (!TryRead(path, error, out string text)) return null;
            SchemaModelResult loaded = SchemaModelBuilder.Load(text, path);
            if (!loaded.HasErrors) return loaded.Model;
            Print(error, loaded.Diagnostics);
            error.WriteLine($"{path}: cannot {command}: the schema has errors");
            return null;
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
