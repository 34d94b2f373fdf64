using System;
using System.CommandLine;
using System.IO;
using SchemaGen.Cli.Checking;
using SchemaGen.Cli.Output;

namespace SchemaGen.Cli.Commands
{
    /// <summary>The options check and compare share about reading their inputs and writing their output, made once per command.</summary>
    internal sealed class RunOptions
    {
        public Option<string> FailOn { get; } = CommonOptions.FailOn();
        public Option<string?> Schema { get; } = CommonOptions.Schema();
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

        public CheckRunner Runner(ParseResult parsed, InputOptions inputs) => new(CommonOptions.Forced(parsed.GetValue(Schema)), inputs);

        public TimeSpan? Budget(ParseResult parsed) => CommonOptions.Budget(parsed.GetValue(FileTimeout));

        public FindingLevel Threshold(ParseResult parsed) => CommonOptions.Threshold(parsed.GetValue(FailOn)!);

        public OutputTarget OpenOutput(ParseResult parsed, TextWriter standardOutput) => OutputTarget.Open(parsed.GetValue(Output), standardOutput);
    }
}
