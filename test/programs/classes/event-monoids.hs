-- GHC.Event's Event and Lifetime: Semigroup/Monoid (or-ing the event bits;
-- MultiShot absorbing, OneShot the unit), sconcat, stimes (stimesMonoid:
-- negative counts an error), Eq and Show.
import GHC.Event (Event, evtRead, evtWrite, Lifetime (..))
import Data.List.NonEmpty (NonEmpty (..))
import Data.Semigroup (sconcat, stimes)
import Control.Exception

main :: IO ()
main = do
  let rw = evtRead <> evtWrite
  print [evtRead, evtWrite, rw, mempty, mconcat [evtWrite, evtRead, evtWrite]]
  print (rw == evtWrite <> evtRead, rw /= evtRead, evtRead == evtWrite)
  print (sconcat (evtWrite :| [evtRead, mempty]), sconcat (evtRead :| []))
  print (stimes (3 :: Int) evtWrite, stimes (0 :: Integer) rw, stimes (1 :: Int) evtRead)
  print (showsPrec 11 rw "", show (mempty :: Event))
  print [OneShot <> OneShot, OneShot <> MultiShot, MultiShot <> OneShot, mempty, mconcat [OneShot, MultiShot]]
  print (sconcat (OneShot :| [OneShot, MultiShot]), sconcat (MultiShot :| (OneShot : undefined)))
  print (stimes (2 :: Int) MultiShot, stimes (0 :: Int) MultiShot, stimes (5 :: Integer) OneShot)
  print (OneShot == OneShot, OneShot /= MultiShot, MultiShot == OneShot)
  print (showsPrec 11 MultiShot "", showList [OneShot, MultiShot] "")
  r <- try (evaluate (stimes (-1 :: Int) evtRead))
  putStrLn (either (\e -> "error: " ++ show (e :: ErrorCall)) show r)
  r2 <- try (evaluate (stimes (-2 :: Int) MultiShot))
  putStrLn (either (\e -> "error: " ++ show (e :: ErrorCall)) show r2)
