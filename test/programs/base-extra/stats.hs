{-# LANGUAGE TypeOperators #-}
-- GHC.Stats as a GHC binary run without +RTS -T: statistics are not
-- enabled and getRTSStats raises GHC's error; RTSStats and GCDetails'
-- Show, record selectors and Generic (Read: stats-read).
import Control.Exception
import GHC.Generics
import GHC.Stats
import System.IO.Error

details :: GCDetails
details = GCDetails 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 (-16)

stats :: RTSStats
stats = RTSStats 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 (-27) details

class Fields f where
  fields :: f p -> Int
instance Fields U1 where fields _ = 0
instance Fields (K1 i c) where fields _ = 1
instance (Fields f, Fields g) => Fields (f :*: g) where fields (a :*: b) = fields a + fields b
instance Fields f => Fields (M1 i c f) where fields (M1 x) = fields x

main :: IO ()
main = do
  getRTSStatsEnabled >>= print
  r <- try getRTSStats
  case r of
    Left e -> do
      print (e :: IOException)
      print (isDoesNotExistError e, ioeGetErrorString e, ioeGetLocation e, ioeGetFileName e)
    Right s -> print (gcs s)
  print details
  print stats
  print (gcs stats, major_gcs stats, allocated_bytes stats, cpu_ns stats, elapsed_ns stats, nonmoving_gc_max_elapsed_ns stats)
  print (gcdetails_gen (gc stats), gcdetails_nonmoving_gc_sync_elapsed_ns (gc stats), gcdetails_cpu_ns details)
  print (showsPrec 11 details "")
  print (fields (from stats), fields (from details))
  print (gc (to (from stats)))
  print [cumulative_live_bytes stats, copied_bytes stats, par_copied_bytes stats, max_mem_in_use_bytes stats]
