using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Output;
using SchemaGen.Formats;
using SchemaGen.Runtime.Validation;

namespace SchemaGen.Cli.Commands
{
    /// <summary>The options check and compare share about reading their inputs and writing their output, made once per command.</summary>
    internal sealed class RunOptions
    {
        private readonly IReadOnlyList<FormatEntry> _formats;

        /// <param name="formats">The format versions --schema may name and detection chooses among.</param>
        public RunOptions(IReadOnlyList<FormatEntry> formats)
        {
            _formats = formats;
            Schema = CommonOptions.Schema(formats);
        }

        public Option<string> FailOn { get; } = CommonOptions.FailOn();
        public Option<string?> Schema { get; }
        public Option<string> InputFormat { get; } = CommonOptions.InputFormat();
        public Option<double> FileTimeout { get; } = CommonOptions.FileTimeout();
        public Option<int> MaxFileSize { get; } = CommonOptions.MaxFileSize();
        public Option<string?> Output { get; } = CommonOptions.Output();

        public void AddTo(Command command)
        {
            foreach (Option option in new Option[] { FailOn, Schema, InputFormat, FileTimeout, MaxFileSize, Output })
                command.Options.Add(option);
        }

        public InputOptions Inputs(ParseResult parsed) => CommonOptions.Inputs(parsed.GetValue(InputFormat)!, parsed.GetValue(MaxFileSize));

        public CheckRunner Runner(ParseResult parsed, InputOptions inputs) => new(_formats, CommonOptions.Forced(_formats, parsed.GetValue(Schema)), inputs);

        public TimeSpan? Budget(ParseResult parsed) => CommonOptions.Budget(parsed.GetValue(FileTimeout));

        public FindingSeverity Threshold(ParseResult parsed) => CommonOptions.Threshold(parsed.GetValue(FailOn)!);

        public OutputTarget OpenOutput(ParseResult parsed, TextWriter standardOutput) => OutputTarget.Open(parsed.GetValue(Output), standardOutput);
    }
}
