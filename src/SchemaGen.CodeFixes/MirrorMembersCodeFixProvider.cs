using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using SchemaGen.Analyzers.Diagnostics;

namespace SchemaGen.CodeFixes
{
    /// <summary>
    /// SG2006: adds the rows or columns a hand-written [SchemaTable] type lacks, in schema order: cells as int?/decimal?
    /// properties, rows as properties of the generated row and group types with a fresh (blank) instance.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MirrorMembersCodeFixProvider)), Shared]
    public sealed class MirrorMembersCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(SchemaGenRules.MirrorMismatchId);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(FixProperties.MissingMembers, out string? lines) || string.IsNullOrEmpty(lines)) continue;
                if (root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type) continue;
                bool rows = diagnostic.Properties.TryGetValue(FixProperties.MemberKind, out string? kind) && kind == FixProperties.RowMembers;
                SyntaxTrivia endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
                var members = Parse(lines!, rows, SyntaxFactory.ElasticEndOfLine(endOfLine.IsKind(SyntaxKind.None) ? "\r\n" : endOfLine.ToString())).ToList();
                context.RegisterCodeFix(
                    CodeAction.Create(
                        rows ? "Add the missing rows of the table" : "Add the missing columns of the table",
                        ct => AddMembers(context.Document, root, type, members, ct),
                        equivalenceKey: nameof(MirrorMembersCodeFixProvider)),
                    diagnostic);
            }
        }

        private static IEnumerable<MemberDeclarationSyntax> Parse(string lines, bool rows, SyntaxTrivia endOfLine)
        {
            foreach (string line in lines.Split('\n'))
            {
                string[] parts = line.Split('\t');
                if (parts.Length != 2) continue;
                string name = parts[0], type = parts[1];
                string text = rows
                    ? "public " + type + " " + name + " { get; set; } = new " + type + "();"
                    : "public " + type + " " + name + " { get; set; }";
                if (SyntaxFactory.ParseMemberDeclaration(text) is { } member)
                    // Elastic trivia with the file's own line ending: each new member on its own line, indented like the others.
                    yield return member
                        .WithLeadingTrivia(SyntaxFactory.ElasticMarker)
                        .WithTrailingTrivia(endOfLine)
                        .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
            }
        }

        private static Task<Document> AddMembers(Document document, SyntaxNode root, TypeDeclarationSyntax type, List<MemberDeclarationSyntax> members, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TypeDeclarationSyntax updated = type.AddMembers(members.ToArray());
            // A record declared with a semicolon body needs braces to take members.
            if (updated.OpenBraceToken.IsKind(SyntaxKind.None))
                updated = updated.WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken))
                    .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken))
                    .WithSemicolonToken(default);
            return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(type, updated.WithAdditionalAnnotations(Formatter.Annotation))));
        }
    }
}
