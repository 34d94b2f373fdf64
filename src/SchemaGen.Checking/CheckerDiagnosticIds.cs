using System.Collections.Generic;
using SchemaGen.Runtime.Reading;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Checking
{
    /// <summary>
    /// The catalog of the checker's own diagnostics (SG40xx): input and comparison problems of `schemagen check`.
    /// Ids are stable. Info is reported as a note (see <see cref="CheckLevels"/>).
    /// </summary>
    public static class CheckerDiagnosticIds
    {
        public const string InputUnreadable = "SG4001";
        public const string CheckFailed = "SG4002";
        public const string FormatUncertain = "SG4003";
        public const string NotComparable = "SG4010";

        public static IReadOnlyList<ReadDiagnosticDescriptor> All { get; } = new[]
        {
            new ReadDiagnosticDescriptor(InputUnreadable, "Input cannot be read", FindingSeverity.Error,
                "The path does not exist, is a directory without report files, is not a regular file (a FIFO, socket or device, refused without being opened), is larger than the size limit (--max-file-size), or cannot be read. The file gets a result saying so and the run ends with exit code 2; the other inputs are still checked."),
            new ReadDiagnosticDescriptor(CheckFailed, "The checker failed on this input", FindingSeverity.Error,
                "The checker did not finish this file: it took longer than the per-file time budget (--file-timeout), and the batch went on without it; or an unexpected error inside SchemaGen stopped it, and the message carries the exception (please report the input). The run ends with exit code 2."),
            new ReadDiagnosticDescriptor(FormatUncertain, "Format version uncertain", FindingSeverity.Info,
                "Format detection had low confidence, or --schema forced a version other than the one detected. The figures were read with the version shown."),
            new ReadDiagnosticDescriptor(NotComparable, "Cross-year rule cannot be applied", FindingSeverity.Info,
                "A cross-year rule needs figures that one of the two reports does not have: the reports follow different format versions that do not share those cells, or a table it needs is not present in one of the years."),
        };

        public static ReadDiagnosticDescriptor Get(string id)
        {
            foreach (ReadDiagnosticDescriptor descriptor in All)
                if (descriptor.Id == id) return descriptor;
            throw new KeyNotFoundException(id);
        }
    }
}
