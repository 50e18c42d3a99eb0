using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Katas.Analyzers;

/// <summary>
/// Whether the file that holds a path also writes it (<c>File.WriteAllText(path, ...)</c>, <c>File.Move(tmp, path)</c>,
/// <c>new StreamWriter(path)</c>, a <c>FileStream</c> opened to create or append): a file the program keeps for itself,
/// state such as a cache of what it last learned, not a file someone edits by hand on each server. DeCloud's node
/// agent keeps <c>/etc/decloud/allocation-resolved.json</c> that way.
/// </summary>
internal static class ProgramWrites
{
    // The System.IO methods that write a file, and the parameter that names it.
    private static readonly NameSet s_writeMethod = new(
        "WriteAllText", "WriteAllTextAsync", "WriteAllLines", "WriteAllLinesAsync", "WriteAllBytes", "WriteAllBytesAsync",
        "AppendAllText", "AppendAllTextAsync", "AppendAllLines", "AppendAllLinesAsync", "AppendText", "Create", "CreateText",
        "OpenWrite", "Move", "Copy", "Replace");

    private static readonly NameSet s_writtenFileParameter = new("path", "destFileName", "destinationFileName");

    private const int FileModeOpen = 3;

    /// <summary>True when code in the same file writes the file at <paramref name="path"/>.</summary>
    public static bool Path(IOperation use, string path, CancellationToken cancellationToken)
    {
        if (use.SemanticModel is not { } model)
        {
            return false;
        }

        foreach (var node in use.Syntax.SyntaxTree.GetRoot(cancellationToken).DescendantNodes())
        {
            // Names first: only a call of a writing method or a new writer or stream is bound.
            var candidate = node switch
            {
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name } } when s_writeMethod.Contains(name) => node,
                ObjectCreationExpressionSyntax { Type: var type } when type.ToString() is var written
                    && (written.EndsWith("StreamWriter", StringComparison.Ordinal) || written.EndsWith("FileStream", StringComparison.Ordinal)) => node,
                _ => null,
            };

            if (candidate is not null && Writes(model.GetOperation(candidate, cancellationToken), path, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Writes(IOperation? operation, string path, CancellationToken cancellationToken)
    {
        var (type, arguments) = operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod.ContainingType, invocation.Arguments),
            IObjectCreationOperation creation => (creation.Type, creation.Arguments),
            _ => (null, default),
        };

        if (type?.ContainingNamespace is not { Name: "IO", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
        {
            return false;
        }

        // new FileStream(path, FileMode.Open) reads; any other mode creates, truncates or appends.
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Type.Name == "FileMode" && argument.Value.ConstantValue is { HasValue: true, Value: int mode } && mode == FileModeOpen)
            {
                return false;
            }
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && s_writtenFileParameter.Contains(parameter.Name)
                && FixedText.Of(argument.Value, cancellationToken)?.Trim() == path)
            {
                return true;
            }
        }

        return false;
    }
}
