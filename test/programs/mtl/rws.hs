import Control.Monad.RWS
import qualified Control.Monad.RWS.Strict as S

sim :: RWS Int [String] Int ()
sim = do
  inc <- ask
  forM_ [1 .. 3 :: Int] $ \i -> do
    modify (+ inc)
    s <- get
    tell ["iter " ++ show i ++ " state " ++ show s]
  x <- asks (* 100)
  local (+ 1) (ask >>= \r -> tell ["local " ++ show r])
  put x

fibRWS :: Int -> RWS () [Integer] (Integer, Integer) ()
fibRWS 0 = return ()
fibRWS n = do
  (a, b) <- get
  tell [a]
  put (b, a + b)
  fibRWS (n - 1)

strictSim :: S.RWS String (Sum Int) Int String
strictSim = do
  name <- S.ask
  S.tell (Sum 1)
  S.modify (* 3)
  n <- S.gets show
  S.tell (Sum 2)
  (_, w) <- S.listen (S.tell (Sum 10))
  S.censor (* 2) (S.tell (Sum 5))
  r <- S.state (\s -> (s + 1, s - 1))
  S.put (r * 2)
  return (name ++ n ++ show w)

ioRWS :: RWST String [Int] Int IO ()
ioRWS = do
  e <- ask
  liftIO (putStrLn ("env " ++ e))
  tell [1]
  modify (+ 5)
  s <- get
  lift (print s)
  tell [s]

main :: IO ()
main = do
  print (runRWS sim 2 0)
  print (evalRWS sim 1 10)
  print (execRWS sim 3 1)
  print (snd (execRWS (fibRWS 12) () (0, 1)))
  print (S.runRWS strictSim "n=" 4)
  print (S.evalRWS strictSim "x" 0, S.execRWS strictSim "x" 0)
  print (runRWS (withRWS (\r s -> (r * 2, s + 1)) (liftM2 (,) ask get)) 5 5 :: ((Int, Int), Int, ()))
  print (runRWS (mapRWS (\(a, s, w) -> (show a, s, w ++ w)) (tell "ab" >> return 1)) () ())
  print (runRWS (rws (\r s -> (r + s, s * 2, [r]))) 3 4)
  print (runRWS (listens length (tell "xyz")) () ())
  print (runRWS (pass (return ('p', map succ) <* tell "abc")) () ())
  print (runRWS (reader (+ 1) >>= \a -> writer (a, [a]) >>= \b -> state (\s -> (b + s, s))) 1 2)
  r <- runRWST ioRWS "E" 10
  print r
  (a, w) <- evalRWST (ioRWS >> asks length) "abc" 0
  print (a, w)
  (s, w') <- execRWST ioRWS "q" 1
  print (s, w')
  print (S.runRWS (S.withRWS (\r s -> (s, r)) S.get) 1 2 :: (Int, Int, ()))
  print (S.runRWS (S.mapRWS (\(a, s, w) -> (a, s, reverse w)) (S.tell "abc")) () ())
  print (runRWS (gets (* 2) >>= put >> asks negate) 3 4 :: (Int, Int, ()))
