using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Analyzers.Diagnostics;
using SchemaGen.Analyzers.Symbols;

namespace SchemaGen.CodeFixes
{
    /// <summary>SG2003: replaces the hand-written assignment of a derived total with a call to RecomputeTotals() on its table.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RecomputeTotalsCodeFixProvider)), Shared]
    public sealed class RecomputeTotalsCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(SchemaGenRules.ManualTotalId);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                // The analyzer leaves the receiver out when the anchor is not a table (a row or group has no RecomputeTotals).
                if (!diagnostic.Properties.TryGetValue(FixProperties.RecomputeReceiver, out string? receiver) || receiver is null) continue;
                if (root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<ExpressionStatementSyntax>() is not { } statement) continue;
                string call = (receiver.Length == 0 ? "" : receiver + ".") + SchemaSymbols.RecomputeTotalsMethod + "();";
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Call " + call.TrimEnd(';') + " instead",
                        ct => Replace(context.Document, root, statement, call, ct),
                        equivalenceKey: nameof(RecomputeTotalsCodeFixProvider)),
                    diagnostic);
            }
        }

        private static Task<Document> Replace(Document document, SyntaxNode root, ExpressionStatementSyntax statement, string call, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            StatementSyntax replacement = SyntaxFactory.ParseStatement(call).WithTriviaFrom(statement);
            return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(statement, replacement)));
        }
    }
}
