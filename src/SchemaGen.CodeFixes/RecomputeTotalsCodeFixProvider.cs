using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Symbols;

namespace SchemaGen.CodeFixes
{
    /// <summary>
    /// SG2003: replaces the hand-written assignment of a derived total with a call to RecomputeTotals() on its table.
    /// An instance whose anchor is not a table (a row or group has no RecomputeTotals) has no fix and is skipped by Fix All.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RecomputeTotalsCodeFixProvider)), Shared]
    public sealed class RecomputeTotalsCodeFixProvider : SyntaxRewriteFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(SchemaGenRules.ManualTotalId);

        protected override SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(FixProperties.RecomputeReceiver, out string? receiver) && receiver is not null
                ? root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<ExpressionStatementSyntax>()
                : null;

        protected override string Title(SyntaxNode target, Diagnostic diagnostic) => "Call " + Call(diagnostic).TrimEnd(';') + " instead";

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic) => SyntaxFactory.ParseStatement(Call(diagnostic)).WithTriviaFrom(target);

        private static string Call(Diagnostic diagnostic)
        {
            string receiver = diagnostic.Properties[FixProperties.RecomputeReceiver] ?? "";
            return (receiver.Length == 0 ? "" : receiver + ".") + SchemaSymbols.RecomputeTotalsMethod + "();";
        }
    }
}
