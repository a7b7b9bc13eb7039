-- GHC.Stats: the derived Read instances of RTSStats and GCDetails.
import GHC.Stats

details :: GCDetails
details = GCDetails 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 (-16)

stats :: RTSStats
stats = RTSStats 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 (-27) details

main :: IO ()
main = do
  print (read (show stats) :: RTSStats)
  print (reads "GCDetails {gcdetails_gen = 0}" :: [(GCDetails, String)])
  print ((read " ( GCDetails {gcdetails_gen = 7, gcdetails_threads = 1, gcdetails_allocated_bytes = 2, gcdetails_live_bytes = 3, gcdetails_large_objects_bytes = 4, gcdetails_compact_bytes = 5, gcdetails_slop_bytes = 6, gcdetails_mem_in_use_bytes = 7, gcdetails_copied_bytes = 8, gcdetails_par_max_copied_bytes = 9, gcdetails_par_balanced_copied_bytes = 10, gcdetails_sync_elapsed_ns = 11, gcdetails_cpu_ns = 12, gcdetails_elapsed_ns = 13, gcdetails_nonmoving_gc_sync_cpu_ns = 14, gcdetails_nonmoving_gc_sync_elapsed_ns = -15})" :: GCDetails))
  -- inside other values (the precedence a record is read at), and a
  -- field out of order (no parse)
  print (read ("Just (" ++ show details ++ ")") :: Maybe GCDetails)
  print (read ("[" ++ show details ++ "]") :: [GCDetails])
  print (fmap fst (reads ("Left " ++ show details) :: [(Either GCDetails Int, String)]))
  print (length (reads (drop 1 (show details)) :: [(GCDetails, String)]))
  print (reads "GCDetails {gcdetails_threads = 1, gcdetails_gen = 2}" :: [(GCDetails, String)])
