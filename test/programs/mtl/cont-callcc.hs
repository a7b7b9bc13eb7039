import Control.Monad.Cont
import Control.Monad.State
import qualified Control.Monad.Trans.Cont as C
import Control.Monad.Trans.Cont (evalCont, evalContT)

-- early exit from a search
findFirst :: (a -> Bool) -> [a] -> Cont r (Maybe a)
findFirst p xs = callCC $ \exit -> do
  forM_ xs $ \x -> when (p x) (exit (Just x))
  return Nothing

safeDivC :: Int -> Int -> Cont r (Either String Int)
safeDivC a b = callCC $ \k -> do
  when (b == 0) (k (Left "div by zero"))
  return (Right (a `div` b))

sumUntilNeg :: [Int] -> ContT r IO Int
sumUntilNeg xs = callCC $ \done -> do
  let go acc [] = return acc
      go acc (y : ys) = do
        when (y < 0) $ do
          liftIO (putStrLn ("negative " ++ show y ++ ", stopping"))
          _ <- done acc
          return ()
        liftIO (putStrLn ("adding " ++ show y))
        go (acc + y) ys
  go 0 xs

-- callCC through StateT (MonadCont lifted)
counting :: StateT Int (Cont r) String
counting = callCC $ \k -> do
  modify (+ 1)
  n <- get
  when (n > 1) (k "big")
  modify (+ 10)
  return "small"

main :: IO ()
main = do
  print (evalCont (findFirst (> 3) [1, 2, 5, 7 :: Int]))
  print (evalCont (findFirst even [1, 3, 5 :: Int]))
  print (runCont (safeDivC 10 2) show, runCont (safeDivC 1 0) show)
  r <- evalContT (sumUntilNeg [1, 2, 3, -4, 5])
  print r
  r2 <- C.evalContT (sumUntilNeg [10, 20])
  print r2
  print (evalCont (runStateT counting 0), evalCont (runStateT counting 1))
  print (runCont (cont (\k -> k 1 + k 2)) (* 10))
  print (runCont (mapM (\x -> cont (\k -> k x ++ k (x * 10))) [1, 2]) (\xs -> [sum xs]))
  print (C.evalCont (C.reset (do { x <- C.shift (\k -> return (k (k 10))); return (x + 1) })))
  print (C.evalCont (C.reset (do { x <- C.shift (\k -> return (sum (map k [1, 2, 3]))); return (x * 2) })))
  print (C.runCont (C.mapCont (* 2) (return 21)) id)
  print (C.runCont (C.withCont (\k -> k . length) (return "hello")) (+ 1))
  n <- C.evalContT (C.resetT (do { x <- C.shiftT (\k -> lift (k 5 >>= \a -> k a)); return (x * 3) }))
  print n
  C.runContT (C.mapContT (\m -> putStrLn "before" >> m >> putStrLn "after") (liftIO (putStrLn "middle"))) return
  C.runContT (C.withContT (\k x -> k (x + 1)) (return (41 :: Int))) print
  print (evalCont (fmap (+ 1) (pure 1) >>= \a -> (,) a <$> return 'c'))
  print (runCont (callCC (\k -> k 5 >> return 10)) id)
  print (evalCont (do { xs <- forM [1 .. 5] (\i -> callCC (\k -> if i == 3 then k 0 else return i)); return (xs :: [Int]) }))
