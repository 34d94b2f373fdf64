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

namespace SchemaGen.CodeFixes
{
    /// <summary>SG2001: rewrites the derived total of a broken total rule to the sum of its parts (the analyzer computed it).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DerivedTotalCodeFixProvider)), Shared]
    public sealed class DerivedTotalCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(SchemaGenRules.BrokenInvariantId);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(FixProperties.ReplacementLiteral, out string? literal) || literal is null) continue;
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax total) continue;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Set the total to " + literal,
                        ct => Replace(context.Document, root, total, literal, ct),
                        equivalenceKey: nameof(DerivedTotalCodeFixProvider)),
                    diagnostic);
            }
        }

        private static Task<Document> Replace(Document document, SyntaxNode root, ExpressionSyntax total, string literal, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ExpressionSyntax replacement = SyntaxFactory.ParseExpression(literal).WithTriviaFrom(total);
            return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(total, replacement)));
        }
    }
}
