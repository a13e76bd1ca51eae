//! A small batch runner: a queue of work items handled by a few workers, with progress and a way
//! for any item to stop the batch (the payment breaker). `payment collect`, `payment retry` and
//! `stripe sync` use it. The invoice run keeps its own pipeline (read, compute and write overlap
//! per batch of accounts; see `invoice_run.rs`), which this queue does not model.
//!
//! An interrupt (Ctrl-C, SIGTERM) drops the future running the batch; workers are tasks spawned
//! here and aborted with it, so nothing is handled after the stop.

use std::collections::VecDeque;
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use anyhow::Result;
use tokio::sync::Mutex;

/// Progress reporting: (handled, total).
pub type Progress = Arc<dyn Fn(u64, u64) + Send + Sync>;

/// What handling one item gives: its result, and whether the batch goes on.
pub enum Step<R> {
    Next(R),
    /// Record this result, then stop: no worker takes another item.
    Stop(R),
}

/// What a batch did: the results in the order they were produced, and the items never taken.
pub struct Ran<T, R> {
    pub results: Vec<R>,
    pub left: Vec<T>,
    pub stopped: bool,
}

/// Handles `items` with `workers` concurrent workers (at least one, at most one per item).
pub async fn run<T, R, W, Fut>(items: Vec<T>, workers: usize, progress: Progress, work: W) -> Result<Ran<T, R>>
where
    T: Send + 'static,
    R: Send + 'static,
    W: Fn(T) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Step<R>> + Send,
{
    let total = items.len() as u64;
    let queue = Arc::new(Mutex::new(VecDeque::from(items)));
    let results = Arc::new(Mutex::new(Vec::with_capacity(total as usize)));
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicU64::new(0));
    let work = Arc::new(work);
    progress(0, total);
    let mut handles = Vec::new();
    for _ in 0..workers.max(1).min((total as usize).max(1)) {
        let (queue, results, stop, done, work, progress) =
            (queue.clone(), results.clone(), stop.clone(), done.clone(), work.clone(), progress.clone());
        handles.push(tokio::spawn(async move {
            loop {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let Some(item) = queue.lock().await.pop_front() else { break };
                let r = match work(item).await {
                    Step::Next(r) => r,
                    Step::Stop(r) => {
                        stop.store(true, Ordering::SeqCst);
                        r
                    }
                };
                results.lock().await.push(r);
                let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                progress(n, total);
            }
        }));
    }
    let mut aborts = AbortOnDrop(handles.iter().map(|h| h.abort_handle()).collect());
    for h in handles {
        h.await?;
    }
    aborts.0.clear();
    let results = std::mem::take(&mut *results.lock().await);
    let left = queue.lock().await.drain(..).collect();
    Ok(Ran { results, left, stopped: stop.load(Ordering::SeqCst) })
}

/// Aborts the workers when the batch's future is dropped (an interrupt) before they finished.
struct AbortOnDrop(Vec<tokio::task::AbortHandle>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        for h in &self.0 {
            h.abort();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn every_item_is_handled_once_and_progress_reaches_the_total() {
        let seen = Arc::new(AtomicU64::new(0));
        let s = seen.clone();
        let progress: Progress = Arc::new(move |n, total| {
            assert!(n <= total);
            s.fetch_max(n, Ordering::SeqCst);
        });
        let ran = run((0..50).collect(), 4, progress, |i: u32| async move { Step::Next(i * 2) }).await.unwrap();
        let mut r = ran.results;
        r.sort();
        assert_eq!(r, (0..50).map(|i| i * 2).collect::<Vec<_>>());
        assert!(ran.left.is_empty() && !ran.stopped);
        assert_eq!(seen.load(Ordering::SeqCst), 50);
    }

    #[tokio::test]
    async fn a_stop_leaves_the_rest_of_the_queue_untaken() {
        let ran = run((0..10).collect(), 1, Arc::new(|_, _| {}), |i: u32| async move {
            if i == 3 { Step::Stop(i) } else { Step::Next(i) }
        })
        .await
        .unwrap();
        assert_eq!(ran.results, vec![0, 1, 2, 3]);
        assert_eq!(ran.left, (4..10).collect::<Vec<_>>());
        assert!(ran.stopped);
    }
}
