import Control.Monad.Trans.Accum
import Control.Monad.Trans.Select
import qualified Control.Monad.Trans.Writer.CPS as W
import qualified Control.Monad.Trans.RWS.CPS as R
import Control.Monad.Trans.Class
import Control.Monad.Trans.Cont (runCont, evalContT)
import qualified Control.Monad.Trans.Reader as Rd
import qualified Control.Monad.Trans.Writer as Wl
import qualified Control.Monad.Trans.State as St
import Control.Monad
import Data.Functor.Identity
import Data.List (maximumBy)
import Data.Ord (comparing)

counter :: Accum [String] Int
counter = do
  add ["one"]
  seen <- look
  add ["two"]
  n <- looks length
  return (length seen * 10 + n)

-- Select: choose the argmax by a continuation
best :: [a] -> (a -> Int) -> Select Int a
best xs _ = select (\k -> maximumBy (comparing k) xs)

pairSearch :: Select Int (Int, Int)
pairSearch = do
  a <- select (\k -> maximumBy (comparing k) [1 .. 5])
  b <- select (\k -> maximumBy (comparing k) [1 .. 5])
  return (a, b)

main :: IO ()
main = do
  print (runAccum counter [])
  print (runAccum counter ["zero"])
  print (evalAccum counter ["x"], execAccum counter ["y"])
  print (runAccum (mapAccum (\(a, w) -> (a + 1, w)) (add "ab" >> looks length)) "z")
  print (runAccum (accum (\w -> (length w, "new")) >>= \n -> add (show n) >> look) "old")
  r <- runAccumT (do { add [1]; w <- look; lift (print w); add [2, 3]; looks sum }) [10]
  print r
  e <- evalAccumT (add "q" >> look) "p"
  print e
  x <- execAccumT (mapM_ (add . pure) "xyz") ""
  print x
  print (runIdentity (St.runStateT (accumToStateT (add "b" >> look)) "a"))
  print (runAccum (readerToAccumT (Rd.asks length)) "four")
  print (runAccum (writerToAccumT (Wl.writer (1, "w")) >> look) "v")
  print (runSelect pairSearch (\(a, b) -> a * 3 - b * b + 2 * b))
  print (runSelect (best "hello" fromEnum) fromEnum)
  print (runSelect (mapSelect succ (select (const 'a'))) (const 0))
  print (runIdentity (runSelectT (fmap (* 2) (select (\k -> if k 1 > k 2 then 1 else 2))) (Identity . negate)))
  print (runCont (selectToContT (select (\k -> maximumBy (comparing k) [3, 1, 2]))) (* 100))
  print (W.runWriter (W.tell "ab" >> W.tell "cd" >> return 5))
  print (W.execWriter (mapM_ (W.tell . show) [1 .. 5]))
  print (W.runWriter (W.listen (W.tell [1, 2]) >>= \(_, w) -> W.tell (map (* 10) w)))
  print (W.runWriter (W.censor reverse (W.tell "xyz")), W.runWriter (W.listens length (W.tell "abc")))
  print (W.runWriter (W.pass (W.tell "in" >> return ('p', map succ))))
  print (W.runWriter (W.mapWriter (\(a, w) -> (a, w ++ w)) (W.writer ((), "m"))))
  w <- W.execWriterT (W.tell ["a"] >> lift (putStrLn "io") >> W.writerT (return ((), ["b"])))
  print w
  print (R.runRWS (do { r <- R.ask; R.tell [r]; R.modify (+ r); s <- R.get; R.tell [s]; R.local (* 2) (R.asks (+ s)) }) 3 4)
  print (R.evalRWS (R.state (\s -> (s, s + 1)) >> R.gets show) () 9 :: (String, ()))
  print (R.execRWS (R.put 1 >> R.tell "t" >> R.censor (map succ) (R.tell "u")) () 0)
  print (R.runRWS (R.listen (R.tell "ab") >>= \(_, w) -> R.writer (length w, w)) () ())
  print (R.runRWS (R.rws (\r s -> (r + s, s * 2, [r]))) 3 4)
  print (R.runRWS (R.withRWS (\r s -> (s, r)) (R.reader id)) 1 2 :: (Int, Int, ()))
  rr <- R.runRWST (R.rwsT (\r s -> return (r, s, "w")) >>= \x -> lift (print x)) 'r' 's'
  print rr
