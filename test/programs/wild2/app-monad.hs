{-# LANGUAGE GeneralizedNewtypeDeriving #-}
-- An application monad: newtype App over ReaderT Env (StateT AppState IO)
-- with derived MonadIO/MonadReader/MonadState, liftIO logging, and a
-- small command processor.
module Main (main) where

import Control.Monad.Reader
import Control.Monad.State
import qualified Data.Map as M
import Data.IORef
import Data.List (intercalate)

data Env = Env { envName :: String, envVerbose :: Bool, envLog :: IORef [String] }
data AppState = AppState { counter :: Int, store :: M.Map String Int } deriving Show

newtype App a = App { unApp :: ReaderT Env (StateT AppState IO) a }
  deriving (Functor, Applicative, Monad, MonadIO, MonadReader Env, MonadState AppState)

logMsg :: String -> App ()
logMsg s = do
  ref <- asks envLog
  v <- asks envVerbose
  liftIO (modifyIORef ref (s :))
  when v (liftIO (putStrLn ("[log] " ++ s)))

command :: [String] -> App ()
command ["set", k, v] = do
  modify (\st -> st { store = M.insert k (read v) (store st), counter = counter st + 1 })
  logMsg ("set " ++ k)
command ["add", k, v] = do
  old <- gets (M.findWithDefault 0 k . store)
  modify (\st -> st { store = M.insert k (old + read v) (store st), counter = counter st + 1 })
  logMsg ("add " ++ k ++ " -> " ++ show (old + read v))
command ["show"] = do
  s <- gets store
  name <- asks envName
  liftIO (putStrLn (name ++ ": " ++ intercalate ", " [k ++ "=" ++ show v | (k, v) <- M.toList s]))
command other = logMsg ("unknown: " ++ unwords other)

runApp :: Env -> AppState -> App a -> IO (a, AppState)
runApp env st app = runStateT (runReaderT (unApp app) env) st

main :: IO ()
main = do
  ref <- newIORef []
  let env = Env "demo" True ref
  (_, final) <- runApp env (AppState 0 M.empty) $ do
    mapM_ (command . words) ["set x 5", "add x 10", "set y -3", "frob", "show"]
    local (\e -> e { envVerbose = False, envName = "quiet" }) (command ["add", "y", "4"] >> command ["show"])
    gets counter
  print (counter final, store final)
  readIORef ref >>= mapM_ putStrLn . reverse
