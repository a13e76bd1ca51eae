use std::process::ExitCode;

/// mimalloc instead of the system allocator: the invoice run allocates and frees millions of
/// small strings and vectors, and glibc's malloc/free was a quarter of billctl's own CPU there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    billctl::main_entry()
}
