using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
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
        public Option<string?> Config { get; } = CommonOptions.Config();

        public void AddTo(Command command)
        {
            command.Options.Add(FailOn);
            AddReadingTo(command);
        }

        /// <summary>All but --fail-on: for commands (extract) whose exit code does not depend on findings.</summary>
        public void AddReadingTo(Command command)
        {
            foreach (Option option in new Option[] { Schema, InputFormat, FileTimeout, MaxFileSize, Output, Config })
                command.Options.Add(option);
        }

        public InputOptions Inputs(ParseResult parsed) => CommonOptions.Inputs(parsed.GetValue(InputFormat)!, parsed.GetValue(MaxFileSize));

        public CheckRunner Runner(ParseResult parsed, InputOptions inputs, SeverityOverrides overrides)
            => new(_formats, CommonOptions.Forced(_formats, parsed.GetValue(Schema)), inputs) { Overrides = overrides };

        /// <summary>
        /// The rule levels of --config or the nearest configuration file, or false after saying on stderr why the file
        /// cannot be used (a usage error). An id in schemagen.json that no rule has is named on stderr, as a typo would
        /// otherwise override nothing; an .editorconfig's other ids are the analyzers' business.
        /// </summary>
        public bool TryOverrides(ParseResult parsed, TextWriter error, out SeverityOverrides overrides)
        {
            try
            {
                overrides = SeverityOverrides.Load(parsed.GetValue(Config), Directory.GetCurrentDirectory());
            }
            catch (Exception ex) when (ex is SeverityConfigException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine("schemagen: " + ex.Message);
                overrides = SeverityOverrides.None;
                return false;
            }
            if (overrides.Source is { } source && source.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                var known = new HashSet<string>(CheckerRules.All.Select(r => r.Id), StringComparer.Ordinal);
                foreach (string id in overrides.RuleIds.Where(id => !known.Contains(id)))
                    error.WriteLine($"schemagen: {source}: no rule has the id '{id}'; its level is not used");
            }
            return true;
        }

        public TimeSpan? Budget(ParseResult parsed) => CommonOptions.Budget(parsed.GetValue(FileTimeout));

        public FindingSeverity Threshold(ParseResult parsed) => CommonOptions.Threshold(parsed.GetValue(FailOn)!);

        public OutputTarget OpenOutput(ParseResult parsed, CliContext context) => OutputTarget.Open(parsed.GetValue(Output), context.Out, context.OutBytes);
    }
}
