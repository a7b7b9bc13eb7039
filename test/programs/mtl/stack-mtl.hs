{-# LANGUAGE FlexibleContexts #-}
import Control.Monad.Reader
import Control.Monad.State
import Control.Monad.Except
import Control.Monad.Writer
import qualified Data.Functor.Identity as I

data Env = Env { limit :: Int, label :: String }

type App = ReaderT Env (StateT Int (ExceptT String IO))

tick :: (MonadReader Env m, MonadState Int m, MonadError String m) => m Int
tick = do
  n <- get
  l <- asks limit
  when (n >= l) (throwError ("limit " ++ show l ++ " reached at " ++ show n))
  put (n + 1)
  return n

app :: App [Int]
app = do
  a <- tick
  b <- tick
  lbl <- asks label
  liftIO (putStrLn ("label " ++ lbl ++ ": " ++ show (a, b)))
  c <- (tick >> tick >> tick) `catchError` (\e -> do { liftIO (putStrLn ("recovered: " ++ e)); return (-1) })
  s <- get
  liftIO (print s)
  d <- local (\e -> e { limit = 100 }) tick
  return [a, b, c, d]

runApp :: Env -> Int -> IO (Either String ([Int], Int))
runApp env s = runExceptT (runStateT (runReaderT app env) s)

-- a pure stack: StateT over Writer over Except
type Pure = StateT Int (WriterT [String] (Either String))

step :: Int -> Pure ()
step x = do
  tell ["step " ++ show x]
  when (x < 0) (throwError ("negative: " ++ show x))
  modify (+ x)

counterE :: (MonadState Int m, MonadError String m) => m ()
counterE = do
  modify (+ 1)
  throwError "oops" `catchError` (\_ -> modify (* 10))

main :: IO ()
main = do
  runApp (Env 10 "ten") 0 >>= print
  runApp (Env 3 "three") 0 >>= print
  runApp (Env 1 "one") 0 >>= print
  print (runWriterT (runStateT (mapM_ step [1, 2, 3]) 0))
  print (runWriterT (runStateT (mapM_ step [1, -2, 3]) 0))
  print (runStateT counterE 1 :: Either String ((), Int))
  print (runExcept (runStateT counterE 5))
  print (I.runIdentity (runExceptT (execStateT counterE 2)))
  -- MonadState through ReaderT, WriterT, ExceptT
  print (runState (runReaderT (do { x <- ask; modify (+ x); gets show }) 5) 10)
  print (runState (runWriterT (do { modify (* 2); tell "w"; s <- get; tell (show s) })) 21)
  print (runState (runExceptT (do { put 3; _ <- throwError "e" :: ExceptT String (State Int) (); put 4 })) 0)
  print (runReader (evalStateT (do { r <- ask; s <- get; local (* 2) (asks (+ (s + r))) }) 1) 10)
  print (runWriter (execStateT (do { tell ["a"]; modify (+ 1); (_, w) <- listen (tell ["b"]); tell w; censor (map reverse) (tell ["cd"]) }) 0))
