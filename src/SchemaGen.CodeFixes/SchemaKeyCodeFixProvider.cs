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
    /// <summary>SG2004: replaces an unknown schema key literal with the closest name the schema has.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SchemaKeyCodeFixProvider)), Shared]
    public sealed class SchemaKeyCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(SchemaGenRules.UnknownSchemaKeyId);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(FixProperties.Suggestion, out string? suggestion) || suggestion is null) continue;
                // Only a literal written in place is rewritten; a constant declared elsewhere is left to the user.
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                    || !literal.IsKind(SyntaxKind.StringLiteralExpression))
                    continue;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use '" + suggestion + "'",
                        ct => Replace(context.Document, root, literal, suggestion, ct),
                        // One key for every instance, so Fix All (and `dotnet format analyzers`) replaces every unknown key in one run.
                        equivalenceKey: nameof(SchemaKeyCodeFixProvider)),
                    diagnostic);
            }
        }

        private static Task<Document> Replace(Document document, SyntaxNode root, LiteralExpressionSyntax literal, string suggestion, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            LiteralExpressionSyntax replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion))
                .WithTriviaFrom(literal);
            return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(literal, replacement)));
        }
    }
}
