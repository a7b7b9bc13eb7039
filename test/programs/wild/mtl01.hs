{-# LANGUAGE FlexibleContexts, GeneralizedNewtypeDeriving #-}
import Control.Monad.State
import Control.Monad.Reader
import Control.Monad.Except
import Control.Monad.Writer
import qualified Data.Map as M

data Config = Config { verbose :: Bool, limit :: Int } deriving Show

newtype App a = App { runApp :: ReaderT Config (StateT (M.Map String Int) (ExceptT String IO)) a }
  deriving (Functor, Applicative, Monad, MonadIO, MonadReader Config, MonadState (M.Map String Int), MonadError String)

setVar :: String -> Int -> App ()
setVar k v = do
  lim <- asks limit
  when (v > lim) $ throwError ("value too large: " ++ k ++ "=" ++ show v)
  modify (M.insert k v)
  vb <- asks verbose
  when vb $ liftIO (putStrLn ("set " ++ k))

getVar :: String -> App Int
getVar k = do
  m <- get
  maybe (throwError ("unbound: " ++ k)) return (M.lookup k m)

script :: App Int
script = do
  setVar "x" 10
  setVar "y" 20
  x <- getVar "x"
  y <- getVar "y"
  setVar "z" (x + y)
  r <- (getVar "w" >> return 0) `catchError` (\e -> do liftIO (putStrLn ("caught: " ++ e)); return (-1))
  z <- getVar "z"
  return (z + r)

counter :: State Int [Int]
counter = replicateM 5 (state (\n -> (n * n, n + 1)))

logSteps :: Int -> Writer [String] Int
logSteps 0 = do tell ["done"]; return 0
logSteps n = do
  tell ["step " ++ show n]
  r <- logSteps (n - 1)
  return (n + r)

collatz :: (MonadState Int m) => Int -> m ()
collatz 1 = return ()
collatz n = modify (+ 1) >> collatz (if even n then n `div` 2 else 3 * n + 1)

main :: IO ()
main = do
  r <- runExceptT (runStateT (runReaderT (runApp script) (Config True 100)) M.empty)
  print r
  r2 <- runExceptT (runStateT (runReaderT (runApp (setVar "big" 1000)) (Config False 100)) M.empty)
  print r2
  print (runState counter 1)
  print (runWriter (logSteps 3))
  print (execState (collatz 27) 0)
  print (evalState (mapM (\x -> do { s <- get; put (s + x); return (s * x) }) [1 .. 5]) 0)
  n <- execStateT (forM_ [1 .. 10] $ \i -> do { when (odd i) (modify (+ i)); s <- get; lift (when (i == 10) (print s)) }) 0
  print n
  print (runReader (local (* 2) (asks (+ 1))) 5)
  print =<< runExceptT (do { x <- return 1; when (x > 0) (throwError "neg"); return x } :: ExceptT String IO Int)
  print (runExcept (withExcept length (throwError "abc" :: Except String Int)))
