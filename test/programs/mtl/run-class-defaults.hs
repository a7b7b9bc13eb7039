{-# LANGUAGE FlexibleContexts, FlexibleInstances, MultiParamTypeClasses, GeneralizedNewtypeDeriving #-}
-- mtl's class defaults through user instances (a MonadState defining only
-- state, one defining only get/put, a MonadReader defining only reader,
-- one defining only ask/local), the MonadError instance of ErrorT with
-- the Error class's defaults (noMsg/strMsg) and the String instance
-- (listMsg), MonadRWS of both RWSTs, MonadTrans' lift used polymorphically
-- and Select's selectToCont.
import Control.Monad.State
import Control.Monad.Reader
import Control.Monad.Writer
import Control.Monad.Error.Class
import Control.Monad.Trans.Error (ErrorT(..), Error(..), runErrorT)
import qualified Control.Monad.RWS.Lazy as L
import qualified Control.Monad.RWS.Strict as S
import Control.Monad.Trans.Select
import Control.Monad.Trans.Cont (runCont, runContT)
import Data.Functor.Identity

-- a state monad whose MonadState instance only defines `state`
newtype Counter a = Counter { runCounter :: Int -> (a, Int) }
instance Functor Counter where fmap f (Counter g) = Counter (\s -> let (a, s') = g s in (f a, s'))
instance Applicative Counter where
  pure a = Counter (\s -> (a, s))
  Counter f <*> Counter g = Counter (\s -> let (h, s1) = f s; (a, s2) = g s1 in (h a, s2))
instance Monad Counter where
  Counter g >>= k = Counter (\s -> let (a, s1) = g s in runCounter (k a) s1)
instance MonadState Int Counter where
  state f = Counter f

-- one whose instance only defines get and put
newtype Box a = Box { runBox :: [String] -> (a, [String]) }
instance Functor Box where fmap = liftM
instance Applicative Box where pure a = Box (\s -> (a, s)); (<*>) = ap
instance Monad Box where Box g >>= k = Box (\s -> let (a, s1) = g s in runBox (k a) s1)
instance MonadState [String] Box where
  get = Box (\s -> (s, "got" : s))
  put s = Box (\_ -> ((), s))

-- a reader whose instance defines reader (and local)
newtype Env a = Env { runEnv :: (String, Int) -> a }
instance Functor Env where fmap f (Env g) = Env (f . g)
instance Applicative Env where pure = Env . const; Env f <*> Env g = Env (\e -> f e (g e))
instance Monad Env where Env g >>= k = Env (\e -> runEnv (k (g e)) e)
instance MonadReader (String, Int) Env where
  reader f = Env f
  local f (Env g) = Env (g . f)

-- one defining ask and local only
newtype Env2 a = Env2 { runEnv2 :: Int -> a }
instance Functor Env2 where fmap = liftM
instance Applicative Env2 where pure = Env2 . const; (<*>) = ap
instance Monad Env2 where Env2 g >>= k = Env2 (\e -> runEnv2 (k (g e)) e)
instance MonadReader Int Env2 where
  ask = Env2 id
  local f (Env2 g) = Env2 (g . f)

tick :: MonadState Int m => m Int
tick = do
  n <- get
  put (n + 1)
  modify (* 2)
  m <- gets (+ 100)
  state (\s -> (m + s, s - 1))

names :: MonadState [String] m => String -> m Int
names x = do
  modify (x :)
  xs <- get
  r <- state (\s -> (length s, reverse s))
  return (r + length xs)

readStuff :: MonadReader (String, Int) m => m String
readStuff = do
  (s, n) <- ask
  t <- asks fst
  u <- local (\(a, b) -> (a ++ "!", b * 2)) (reader (\(a, b) -> a ++ show b))
  return (concat [s, show n, t, u])

readInt :: MonadReader Int m => m (Int, Int, Int)
readInt = do
  a <- ask
  b <- reader (* 3)
  c <- local (+ 10) (asks negate)
  return (a, b, c)

-- Error's defaults: one instance gives only strMsg, one only noMsg
data E1 = E1 String deriving Show
instance Error E1 where strMsg = E1
data E2 = E2 | E2m String deriving Show
instance Error E2 where noMsg = E2

safeDiv :: MonadError e m => e -> Int -> Int -> m Int
safeDiv e _ 0 = throwError e
safeDiv _ a b = return (a `div` b)

errs :: (Error e, Show e) => e -> IO ()
errs e = do
  r1 <- runErrorT (safeDiv e 10 0 `catchError` (\x -> lift (putStrLn ("handled " ++ show x)) >> return (-1)))
  print (fmap show r1)
  r2 <- runErrorT (fail "failing" >> return (0 :: Int)) `asTypeOf` return (Left e)
  print (either show show r2)
  r3 <- runErrorT (throwError noMsg >> return (1 :: Int)) `asTypeOf` return (Left e)
  print (either show show r3)
  r4 <- runErrorT (mzero `mplus` return (2 :: Int)) `asTypeOf` return (Left e)
  print (either show show r4)

rwsAct :: (L.MonadRWS Int [String] Int m) => m Int
rwsAct = do
  r <- ask
  tell ["r=" ++ show r]
  modify (+ r)
  s <- get
  (_, w) <- listen (tell ["inner"])
  tell [show (length w)]
  censor (map reverse) (tell ["abc"])
  local (* 2) (asks (+ s))

liftTwice :: (MonadTrans t, Monad m, Monad (t m)) => m a -> t m [a]
liftTwice m = do
  a <- lift m
  b <- lift m
  return [a, b]

main :: IO ()
main = do
  print (runCounter (tick >> tick) 1)
  print (runBox (names "a" >> names "b") ["z"])
  putStrLn (runEnv readStuff ("env", 3))
  print (runEnv2 readInt 5)
  errs (E1 "x")
  errs E2
  r <- runErrorT (safeDiv "div by zero" 1 0 `catchError` (\m -> return (length (m :: String))))
  print r
  r' <- runErrorT (fail "list message" :: ErrorT String IO ())
  print r'
  r'' <- runErrorT (throwError (strMsg "strMsg") >> throwError noMsg :: ErrorT String IO ())
  print r''
  print (L.runRWS rwsAct 3 10, S.runRWS rwsAct 4 20)
  (a, s, w) <- L.runRWST (rwsAct >>= \x -> liftIO (print x) >> return x) 1 1
  print (a, s, w)
  print (runIdentity (liftTwice (Identity 'q') `evalStateT` ()) :: String)
  print (runIdentity (runReaderT (liftTwice (Identity 7)) 'c'))
  xs <- execStateT (liftTwice (putStrLn "lifted" >> return 1) >>= \v -> put (sum v)) 0
  print xs
  -- selectToCont: the selection as a continuation
  let best = select (\k -> if k 1 > k 2 then 1 else 2 :: Int)
  print (runSelect best (* 10), runCont (selectToCont best) (\x -> x * 10 - 5))
  r2 <- runContT (selectToCont (SelectT (\k -> do { a <- k 'a'; b <- k 'b'; return (if a >= b then 'a' else 'b') }))) (\c -> putStrLn ("chose " ++ [c]) >> return (fromEnum c))
  print r2
