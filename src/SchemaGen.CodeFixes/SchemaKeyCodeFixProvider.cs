using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Analyzers.Diagnostics;

namespace SchemaGen.CodeFixes
{
    /// <summary>
    /// SG2004: replaces an unknown schema key literal with the closest key the schema has. Only a literal written in
    /// place is rewritten (a constant declared elsewhere is left to the user), and only when there is a suggestion.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SchemaKeyCodeFixProvider)), Shared]
    public sealed class SchemaKeyCodeFixProvider : SyntaxRewriteFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(SchemaGenRules.UnknownSchemaKeyId);

        protected override SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
            => diagnostic.Properties.TryGetValue(FixProperties.Suggestion, out string? suggestion) && suggestion is not null
               && root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
               && literal.IsKind(SyntaxKind.StringLiteralExpression)
                ? literal
                : null;

        protected override string Title(SyntaxNode target, Diagnostic diagnostic) => "Use '" + diagnostic.Properties[FixProperties.Suggestion] + "'";

        protected override SyntaxNode Rewrite(SyntaxNode target, Diagnostic diagnostic)
            => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(diagnostic.Properties[FixProperties.Suggestion]!))
                .WithTriviaFrom(target);
    }
}
