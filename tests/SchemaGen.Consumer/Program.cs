using System;
using System.IO;
using Consumer.Reports;
using SchemaGen.Runtime.Validation;

// Reads a report (a file given on the command line, or a small built-in one), fills in totals, validates.
string text = args.Length > 0 ? File.ReadAllText(args[0]) : "";
var parsed = AnnualReportParser.Parse(text);
AnnualReport report = parsed.Report;

if (args.Length == 0)
{
    // Build a table by hand with the generated types, and let the generated code derive the totals.
    report = report with
    {
        Applications = new ApplicationsTable
        {
            NewlyReceived = { NaturalPerson = 17, Business = 3 },
            CarriedOver = { NaturalPerson = 0 },
            Outcomes = { Granted = { NaturalPerson = 16, Business = 3 } },
            CarriedForward = { NaturalPerson = 1 },
        },
    };
    report.Applications.RecomputeTotals();
}

ValidationResult result = AnnualReportValidator.Validate(report);
Console.WriteLine($"{AnnualReportSchema.Key}: {parsed.Diagnostics.Count} reading diagnostics, {result.Findings.Count} findings");
foreach (ValidationFinding finding in result.Findings) Console.WriteLine(finding);
Console.WriteLine($"总计 of 本年新收: {report.Applications.NewlyReceived.Total}");
return result.IsValid ? 0 : 1;
