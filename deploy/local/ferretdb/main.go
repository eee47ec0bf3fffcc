// Command ferretdb runs FerretDB v1 (MongoDB wire protocol on SQLite or PostgreSQL)
// embedded as a library: a plain `go install` of FerretDB's own command panics at start
// because its version file is generated at release time.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	_ "net/http/pprof" // served only with -debug-addr
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/build/version"
	"github.com/FerretDB/FerretDB/ferretdb"
)

// ferretdbVersion is the module version in go.mod; the library cannot know it when embedded.
const ferretdbVersion = "v1.24.2"

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on")
	sqliteDir := flag.String("sqlite-dir", "", "directory of the SQLite backend (one file per database)")
	postgresURL := flag.String("postgresql-url", "", "PostgreSQL URL; used instead of SQLite when set")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	// WAL with synchronous=NORMAL: a commit survives a crash of any process (WAL is
	// written before the answer); only a power loss may roll back the newest commits.
	// FULL syncs the disk on every write (~8 ms per single-document update here).
	synchronous := flag.String("sqlite-synchronous", "normal", "SQLite PRAGMA synchronous: normal or full")
	debugAddr := flag.String("debug-addr", "", "serve Go's profiler (/debug/pprof) on this address, e.g. 127.0.0.1:6060; off when empty")
	flag.Parse()
	if *debugAddr != "" {
		go func() { fmt.Fprintln(os.Stderr, "ferretdb: debug server:", http.ListenAndServe(*debugAddr, nil)) }()
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: bad -log-level %q\n", *logLevel)
		os.Exit(2)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	version.Get().Version = ferretdbVersion
	cfg := &ferretdb.Config{Listener: ferretdb.ListenerConfig{TCP: *listen}, Logger: logger}
	switch {
	case *postgresURL != "":
		cfg.Handler, cfg.PostgreSQLURL = "postgresql", *postgresURL
	case *sqliteDir != "":
		if err := os.MkdirAll(*sqliteDir, 0o755); err != nil {
			fmt.Fprintf(os.Stderr, "ferretdb: cannot create %s: %s\n", *sqliteDir, err)
			os.Exit(1)
		}
		if *synchronous != "normal" && *synchronous != "full" {
			fmt.Fprintf(os.Stderr, "ferretdb: bad -sqlite-synchronous %q (normal or full)\n", *synchronous)
			os.Exit(2)
		}
		cfg.Handler, cfg.SQLiteURL = "sqlite", "file:"+*sqliteDir+"/?_pragma=synchronous("+*synchronous+")"
	default:
		fmt.Fprintln(os.Stderr, "ferretdb: give -sqlite-dir or -postgresql-url")
		os.Exit(2)
	}

	f, err := ferretdb.New(cfg)
	if err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: %s\n", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(os.Stderr, "ferretdb %s: listening on %s (%s backend)\n", ferretdbVersion, *listen, cfg.Handler)
	if err := f.Run(ctx); err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb: %s\n", err)
		os.Exit(1)
	}
}
