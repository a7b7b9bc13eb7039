import Control.Monad.RWS
import Control.Monad.Cont
import Control.Monad.State.Strict
import qualified Control.Monad.State.Lazy as L
import Control.Monad.Trans.Maybe
import Control.Monad.Identity
import Data.IORef

data Machine = Machine { acc :: Int, pcount :: Int } deriving Show

stepM :: String -> RWS Int [String] Machine ()
stepM ins = do
  k <- ask
  m <- get
  case words ins of
    ["add", n] -> put m { acc = acc m + read n * k }
    ["mul", n] -> put m { acc = acc m * read n }
    ["print"] -> tell ["acc=" ++ show (acc m)]
    _ -> tell ["bad: " ++ ins]
  modify (\s -> s { pcount = pcount s + 1 })

safeDiv :: Int -> Int -> MaybeT IO Int
safeDiv _ 0 = MaybeT (return Nothing)
safeDiv a b = do
  lift (putStrLn ("dividing " ++ show a))
  return (a `div` b)

findFirst :: (a -> Bool) -> [a] -> Maybe a
findFirst p xs = flip runCont id $ callCC $ \exit -> do
  forM_ xs $ \x -> when (p x) (exit (Just x))
  return Nothing

counterDemo :: StateT Int IO ()
counterDemo = do
  forM_ [1 .. 5] $ \i -> do
    modify' (+ i)
    s <- get
    liftIO (putStrLn ("i=" ++ show i ++ " s=" ++ show s))
  n <- gets (* 2)
  lift (print n)

lazyInf :: [Int]
lazyInf = L.evalState (mapM (\x -> L.state (\s -> (s + x, s + x))) [1 ..]) 0

main :: IO ()
main = do
  let (a, s, w) = runRWS (mapM_ stepM ["add 2", "print", "mul 5", "print", "jump"]) 10 (Machine 0 0)
  print a >> print s >> mapM_ putStrLn w
  r1 <- runMaybeT (safeDiv 10 2 >>= safeDiv 100)
  r2 <- runMaybeT (safeDiv 10 0 >>= safeDiv 100)
  print (r1, r2)
  r3 <- runMaybeT (msum [MaybeT (return Nothing), return 5 :: MaybeT IO Int])
  print r3
  print (findFirst (> 3) [1, 2, 5, 7 :: Int], findFirst even [1, 3 :: Int])
  execStateT counterDemo 100 >>= print
  print (take 5 lazyInf)
  print (runIdentity (foldM (\x y -> Identity (x * y)) 1 [1 .. 5 :: Int]))
  flip runContT return (do { lift (putStrLn "in ContT"); x <- callCC (\k -> k 5 >> return 1); lift (print (x :: Int)) })
  print (evalRWS (do { tell [1 :: Int]; x <- asks (+ 1); put x; listen (tell [x]) }) 3 0)
  print (runState (zoomish 3) (0, "x"))
  where
    zoomish :: Int -> State (Int, String) Int
    zoomish n = do
      modify (\(a, b) -> (a + n, b ++ "y"))
      (a, _) <- get
      return (a * 2)
