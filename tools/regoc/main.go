// regoc: the subset of the opa command line that posture-gate's policy compiler
// (src/policies/compiler.mjs) runs, built for GOOS=wasip1 GOARCH=wasm so that Node's node:wasi runs
// it and a directory of Rego compiles with no opa installed. The full opa command does not build
// for wasip1 (its REPL's terminal package), so this imports only the packages each verb needs.
// Arguments and output formats follow opa's for these exact uses:
//
//	regoc version
//	regoc test ROOT... [--ignore GLOB]...          (opa test: pretty report, exit 2 on a failing test)
//	regoc eval --format json --data DIR QUERY
//	regoc inspect -a -f json DIR
//	regoc fmt (--list|-w) DIR
//	regoc build -t wasm --capabilities FILE -o OUT DIR
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	astJson "github.com/open-policy-agent/opa/v1/ast/json"
	"github.com/open-policy-agent/opa/v1/compile"
	"github.com/open-policy-agent/opa/v1/format"
	"github.com/open-policy-agent/opa/v1/loader"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/open-policy-agent/opa/v1/version"
)

func main() {
	if len(os.Args) < 2 {
		fail(2, "usage: regoc version|test|eval|inspect|fmt|build ...")
	}
	verb, args := os.Args[1], os.Args[2:]
	var err error
	code := 1
	switch verb {
	case "version":
		fmt.Printf("Version: %s\n", version.Version)
	case "test":
		code, err = runTests(args)
	case "eval":
		err = evalQuery(args)
	case "inspect":
		err = inspect(args)
	case "fmt":
		err = formatDir(args)
	case "build":
		err = build(args)
	default:
		fail(2, "regoc: unknown command "+verb)
	}
	if err != nil {
		fail(code, err.Error())
	}
	if code != 1 && code != 0 {
		os.Exit(code)
	}
}

func fail(code int, msg string) {
	fmt.Fprintln(os.Stderr, msg)
	os.Exit(code)
}

// flags reads `--name value`, `-n value` and `--name=value` options; the rest are positional.
func flags(args []string, valued map[string]bool) (map[string][]string, []string) {
	opts := map[string][]string{}
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") {
			rest = append(rest, a)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !hasValue && valued[name] && i+1 < len(args) {
			i++
			value = args[i]
		}
		opts[name] = append(opts[name], value)
	}
	return opts, rest
}

func ignoreFilter(globs []string) loader.Filter {
	return func(abspath string, info os.FileInfo, depth int) bool {
		for _, g := range globs {
			if loader.GlobExcludeName(g, 1)(abspath, info, depth) {
				return true
			}
		}
		return false
	}
}

func runTests(args []string) (int, error) {
	opts, roots := flags(args, map[string]bool{"ignore": true, "explain": true})
	ctx := context.Background()
	popts := ast.ParserOptions{RegoVersion: ast.RegoV1, ProcessAnnotation: true}
	modules, store, err := tester.LoadWithParserOptions(roots, ignoreFilter(opts["ignore"]), popts)
	if err != nil {
		return 1, err
	}
	txn, err := store.NewTransaction(ctx, storage.WriteParams)
	if err != nil {
		return 1, err
	}
	defer store.Abort(ctx, txn)
	compiler := ast.NewCompiler().
		WithPathConflictsCheck(storage.NonEmpty(ctx, store, txn)).
		WithEnablePrintStatements(true).
		WithCapabilities(ast.CapabilitiesForThisVersion()).
		WithUseTypeCheckAnnotations(true)
	runner := tester.NewRunner().
		SetCompiler(compiler).
		SetStore(store).
		CapturePrintOutput(true).
		StackTraces(true).
		SetModules(modules).
		SetTimeout(5 * time.Second)
	ch, err := runner.RunTests(ctx, txn)
	if err != nil {
		return 1, err
	}
	code := 0
	dup := make(chan *tester.Result)
	go func() {
		defer close(dup)
		for r := range ch {
			if !r.Pass() {
				code = 2
			}
			dup <- r
		}
	}()
	if err := (tester.PrettyReporter{Output: os.Stdout}).Report(dup); err != nil {
		return 1, err
	}
	return code, nil
}

func evalQuery(args []string) error {
	opts, rest := flags(args, map[string]bool{"format": true, "data": true, "d": true})
	if len(rest) != 1 {
		return errors.New("eval needs one query")
	}
	paths := append(opts["data"], opts["d"]...)
	r := rego.New(rego.Query(rest[0]), rego.Load(paths, nil), rego.SetRegoVersion(ast.RegoV1))
	rs, err := r.Eval(context.Background())
	if err != nil {
		return err
	}
	return printJSON(map[string]any{"result": rs})
}

func inspect(args []string) error {
	_, rest := flags(args, map[string]bool{"f": true, "format": true})
	if len(rest) != 1 {
		return errors.New("inspect needs one directory")
	}
	b, err := loader.NewFileLoader().
		WithRegoVersion(ast.RegoV1).
		WithSkipBundleVerification(true).
		WithProcessAnnotation(true).
		AsBundle(rest[0])
	if err != nil {
		return err
	}
	namespaces := map[string][]string{}
	modules := make([]*ast.Module, 0, len(b.Modules))
	for _, m := range b.Modules {
		ns := m.Parsed.Package.Path.String()
		namespaces[ns] = append(namespaces[ns], filepath.Clean(m.Path))
		modules = append(modules, m.Parsed)
	}
	as, errs := ast.BuildAnnotationSet(modules)
	if len(errs) > 0 {
		return errs
	}
	// as opa inspect -a: annotation locations are part of the output
	astJson.SetOptions(astJson.Options{MarshalOptions: astJson.MarshalOptions{IncludeLocation: astJson.NodeToggle{AnnotationsRef: true}}})
	return printJSON(map[string]any{"namespaces": namespaces, "annotations": as.Flatten()})
}

func formatDir(args []string) error {
	opts, rest := flags(args, nil)
	_, list := opts["list"]
	_, write := opts["w"]
	for _, dir := range rest {
		err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".rego") {
				return err
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			out, err := format.SourceWithOpts(path, src, format.Opts{RegoVersion: ast.RegoV1})
			if err != nil || string(out) == string(src) {
				return err
			}
			if list {
				fmt.Println(path)
			}
			if write {
				return os.WriteFile(path, out, 0o644)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func build(args []string) error {
	opts, rest := flags(args, map[string]bool{"t": true, "target": true, "capabilities": true, "o": true, "output": true})
	target := first(opts["t"], opts["target"])
	output := first(opts["o"], opts["output"])
	if target != compile.TargetWasm || output == "" || len(rest) == 0 {
		return errors.New("build needs -t wasm -o OUT and paths")
	}
	caps := ast.CapabilitiesForThisVersion()
	if file := first(opts["capabilities"]); file != "" {
		var err error
		if caps, err = ast.LoadCapabilitiesFile(file); err != nil {
			return err
		}
	}
	out, err := os.Create(output)
	if err != nil {
		return err
	}
	defer out.Close()
	err = compile.New().
		WithCapabilities(caps).
		WithTarget(target).
		WithOutput(out).
		WithRegoAnnotationEntrypoints(true).
		WithRegoVersion(ast.RegoV1).
		WithPaths(rest...).
		Build(context.Background())
	if err != nil {
		// opa build prints "error: ..." on stdout
		fmt.Println("error:", err)
		os.Exit(1)
	}
	return nil
}

func first(lists ...[]string) string {
	for _, l := range lists {
		if len(l) > 0 {
			return l[len(l)-1]
		}
	}
	return ""
}

func printJSON(v any) error {
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
