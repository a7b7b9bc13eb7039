{-# LANGUAGE RankNTypes, MultiParamTypeClasses, FunctionalDependencies,
             FlexibleInstances, FlexibleContexts, UndecidableInstances #-}
-- Clean-room Text.Parsec.Prim (parsec-3.1.14.0's API): the ParsecT monad
-- transformer in continuation-passing style, with the representation the
-- installed interface declares (four continuations: consumed-ok,
-- consumed-error, empty-ok, empty-error), so GHC-compiled user code that
-- inlines it at -O1 meets the same shape.
module Text.Parsec.Prim
  ( unknownError, sysUnExpectError, unexpected
  , ParsecT, runParsecT, mkPT, Parsec
  , Consumed (..), Reply (..), State (..)
  , parsecMap, parserReturn, parserBind, mergeErrorReply, parserFail
  , parserZero, parserPlus
  , (<?>), (<|>), label, labels
  , lookAhead, Stream (..), tokens, try, token, tokenPrim, tokenPrimEx
  , many, skipMany, manyAccum
  , runPT, runP, runParserT, runParser, parse, parseTest
  , getPosition, getInput, setPosition, setInput
  , getParserState, setParserState, updateParserState
  , getState, putState, modifyState, setState, updateState
  , zz_manyErr
    -- called by Text.Parsec.Prim+Workers.stg
  , setExpectErrors
  ) where

import qualified Control.Applicative as Applicative (Alternative (..), Applicative (..))
import Control.Monad (MonadPlus (..), ap, liftM, void)
import qualified Control.Monad.Fail as Fail
import Control.Monad.Cont.Class (MonadCont (..))
import Control.Monad.Error.Class (MonadError (..))
import Control.Monad.IO.Class (MonadIO (..))
import Control.Monad.Reader.Class (MonadReader (..))
import Control.Monad.State.Class (MonadState (..))
import Control.Monad.Trans.Class (MonadTrans (..))
import Data.Functor.Identity (Identity (..))
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Lazy.Char8 as CL
import qualified Data.Text as Text
import qualified Data.Text.Lazy as TextL
import Text.Parsec.Error
import Text.Parsec.Pos

infix 0 <?>
infixr 1 <|>

unknownError :: State s u -> ParseError
unknownError st = newErrorUnknown (statePos st)

sysUnExpectError :: String -> SourcePos -> Reply s u a
sysUnExpectError msg pos = Error (newErrorMessage (SysUnExpect msg) pos)

unexpected :: Stream s m t => String -> ParsecT s u m a
unexpected msg = ParsecT $ \st _ _ _ eerr ->
  eerr (newErrorMessage (UnExpect msg) (statePos st))

newtype ParsecT s u m a = ParsecT
  { unParser ::
      forall b.
      State s u ->
      (a -> State s u -> ParseError -> m b) ->
      (ParseError -> m b) ->
      (a -> State s u -> ParseError -> m b) ->
      (ParseError -> m b) ->
      m b
  }

type Parsec s u = ParsecT s u Identity

data Consumed a = Consumed a | Empty !a

data Reply s u a = Ok a !(State s u) ParseError | Error ParseError

data State s u = State
  { stateInput :: s
  , statePos :: !SourcePos
  , stateUser :: !u
  }

instance Functor Consumed where
  fmap f c = case c of
    Consumed x -> Consumed (f x)
    Empty x -> Empty (f x)

instance Functor (Reply s u) where
  fmap f r = case r of
    Ok x st e -> Ok (f x) st e
    Error e -> Error e

-- The run of a parser as a value: whether it consumed, then its reply.
runParsecT :: Monad m => ParsecT s u m a -> State s u -> m (Consumed (m (Reply s u a)))
runParsecT p st = unParser p st cok cerr eok eerr
  where
    cok x s e = return (Consumed (return (Ok x s e)))
    cerr e = return (Consumed (return (Error e)))
    eok x s e = return (Empty (return (Ok x s e)))
    eerr e = return (Empty (return (Error e)))

mkPT :: Monad m => (State s u -> m (Consumed (m (Reply s u a)))) -> ParsecT s u m a
mkPT k = ParsecT $ \st cok cerr eok eerr -> do
  c <- k st
  case c of
    Consumed mr -> do
      r <- mr
      case r of
        Ok x s e -> cok x s e
        Error e -> cerr e
    Empty mr -> do
      r <- mr
      case r of
        Ok x s e -> eok x s e
        Error e -> eerr e

parsecMap :: (a -> b) -> ParsecT s u m a -> ParsecT s u m b
parsecMap f p = ParsecT $ \st cok cerr eok eerr ->
  unParser p st (cok . f) cerr (eok . f) eerr

instance Functor (ParsecT s u m) where
  fmap = parsecMap

instance Applicative.Applicative (ParsecT s u m) where
  pure = parserReturn
  (<*>) = ap
  p *> q = p `parserBind` const q
  p <* q = do
    x <- p
    _ <- q
    return x

instance Applicative.Alternative (ParsecT s u m) where
  empty = mzero
  (<|>) = mplus
  many = many
  some p = do
    x <- p
    xs <- many p
    return (x : xs)

instance Monad (ParsecT s u m) where
  return = Applicative.pure
  (>>=) = parserBind
  (>>) = (Applicative.*>)

instance Fail.MonadFail (ParsecT s u m) where
  fail = parserFail

instance Semigroup a => Semigroup (ParsecT s u m a) where
  p <> q = Applicative.liftA2 (<>) p q

instance (Monoid a, Semigroup (ParsecT s u m a)) => Monoid (ParsecT s u m a) where
  mempty = Applicative.pure mempty
  mappend = (<>)

instance MonadIO m => MonadIO (ParsecT s u m) where
  liftIO = lift . liftIO

instance MonadReader r m => MonadReader r (ParsecT s u m) where
  ask = lift ask
  local f p = mkPT $ \st -> local f (runParsecT p st)

instance MonadState s m => MonadState s (ParsecT s' u m) where
  get = lift get
  put = lift . put

instance MonadCont m => MonadCont (ParsecT s u m) where
  callCC f = mkPT $ \st ->
    callCC $ \k -> runParsecT (f (\x -> mkPT $ \st' -> k (emptyOk st' x))) st
    where
      emptyOk st' x = Empty (return (Ok x st' (unknownError st')))

instance MonadError e m => MonadError e (ParsecT s u m) where
  throwError = lift . throwError
  catchError p h = mkPT $ \st ->
    runParsecT p st `catchError` \e -> runParsecT (h e) st

instance MonadTrans (ParsecT s u) where
  lift m = ParsecT $ \st _ _ eok _ -> do
    x <- m
    eok x st (unknownError st)

parserReturn :: a -> ParsecT s u m a
parserReturn x = ParsecT $ \st _ _ eok _ -> eok x st (unknownError st)

-- After p, the continuation's empty results carry p's error merged in
-- (what p could have consumed more is still expected).
parserBind :: ParsecT s u m a -> (a -> ParsecT s u m b) -> ParsecT s u m b
parserBind p k = ParsecT $ \st cok cerr eok eerr ->
  let afterConsumed x s e
        | errorIsUnknown e = unParser (k x) s cok cerr cok cerr
        | otherwise =
            unParser (k x) s cok cerr
              (\y s' e' -> cok y s' (mergeError e e'))
              (\e' -> cerr (mergeError e e'))
      afterEmpty x s e
        | errorIsUnknown e = unParser (k x) s cok cerr eok eerr
        | otherwise =
            unParser (k x) s cok cerr
              (\y s' e' -> eok y s' (mergeError e e'))
              (\e' -> eerr (mergeError e e'))
   in unParser p st afterConsumed cerr afterEmpty eerr

mergeErrorReply :: ParseError -> Reply s u a -> Reply s u a
mergeErrorReply e r = case r of
  Ok x st e' -> Ok x st (mergeError e e')
  Error e' -> Error (mergeError e e')

parserFail :: String -> ParsecT s u m a
parserFail msg = ParsecT $ \st _ _ _ eerr ->
  eerr (newErrorMessage (Message msg) (statePos st))

instance MonadPlus (ParsecT s u m) where
  mzero = parserZero
  mplus = parserPlus

parserZero :: ParsecT s u m a
parserZero = ParsecT $ \st _ _ _ eerr -> eerr (unknownError st)

-- q runs only when p failed without consuming; p's error is merged into q's
-- empty results.
parserPlus :: ParsecT s u m a -> ParsecT s u m a -> ParsecT s u m a
parserPlus p q = ParsecT $ \st cok cerr eok eerr ->
  let pFailed e =
        unParser q st cok cerr
          (\y s' e' -> eok y s' (mergeError e e'))
          (\e' -> eerr (mergeError e e'))
   in unParser p st cok cerr eok pFailed

(<?>) :: ParsecT s u m a -> String -> ParsecT s u m a
p <?> msg = label p msg

(<|>) :: ParsecT s u m a -> ParsecT s u m a -> ParsecT s u m a
(<|>) = mplus

label :: ParsecT s u m a -> String -> ParsecT s u m a
label p msg = labels p [msg]

-- Replaces the expectations of p's empty results (not of consumed ones).
labels :: ParsecT s u m a -> [String] -> ParsecT s u m a
labels p msgs = ParsecT $ \st cok cerr eok eerr ->
  let eok' x s e
        | errorIsUnknown e = eok x s e
        | otherwise = eok x s (setExpectErrors e msgs)
      eerr' e = eerr (setExpectErrors e msgs)
   in unParser p st cok cerr eok' eerr'

setExpectErrors :: ParseError -> [String] -> ParseError
setExpectErrors e msgs = case msgs of
  [] -> setErrorMessage (Expect "") e
  (m : ms) -> foldr (\m' acc -> addErrorMessage (Expect m') acc) (setErrorMessage (Expect m) e) ms

class Monad m => Stream s m t | s -> t where
  uncons :: s -> m (Maybe (t, s))

instance Monad m => Stream [tok] m tok where
  uncons xs = return $ case xs of
    [] -> Nothing
    (t : ts) -> Just (t, ts)

-- GHC numbers these dictionaries from the last: in this order they get the
-- installed package's names ($fStreamByteStringmChar strict, ...0 lazy,
-- $fStreamTextmChar lazy, ...0 strict).
instance Monad m => Stream Text.Text m Char where
  uncons = return . Text.uncons

instance Monad m => Stream TextL.Text m Char where
  uncons = return . TextL.uncons

instance Monad m => Stream CL.ByteString m Char where
  uncons = return . CL.uncons

instance Monad m => Stream C.ByteString m Char where
  uncons = return . C.uncons

tokens ::
  (Stream s m t, Eq t) =>
  ([t] -> String) -> (SourcePos -> [t] -> SourcePos) -> [t] -> ParsecT s u m [t]
tokens _ _ [] = ParsecT $ \st _ _ eok _ -> eok [] st (unknownError st)
tokens showTokens nextPos want@(w : ws) = ParsecT $ \(State input pos u) cok cerr _ eerr ->
  let expectation = Expect (showTokens want)
      atEnd = setErrorMessage expectation (newErrorMessage (SysUnExpect "") pos)
      mismatch x = setErrorMessage expectation (newErrorMessage (SysUnExpect (showTokens [x])) pos)
      done rest =
        let pos' = nextPos pos want
         in cok want (State rest pos' u) (newErrorUnknown pos')
      walk [] rest = done rest
      walk (t : ts) rest = do
        r <- uncons rest
        case r of
          Nothing -> cerr atEnd
          Just (x, xs)
            | t == x -> walk ts xs
            | otherwise -> cerr (mismatch x)
   in do
        r <- uncons input
        case r of
          Nothing -> eerr atEnd
          Just (x, xs)
            | w == x -> walk ws xs
            | otherwise -> eerr (mismatch x)

-- A failure of p after consuming input counts as empty.
try :: ParsecT s u m a -> ParsecT s u m a
try p = ParsecT $ \st cok _ eok eerr -> unParser p st cok eerr eok eerr

-- Runs p and restores the state; consumed errors stay consumed.
lookAhead :: Stream s m t => ParsecT s u m a -> ParsecT s u m a
lookAhead p = ParsecT $ \st _ cerr eok eerr ->
  let ok x _ _ = eok x st (newErrorUnknown (statePos st))
   in unParser p st ok cerr ok eerr

token ::
  Stream s Identity t =>
  (t -> String) -> (t -> SourcePos) -> (t -> Maybe a) -> Parsec s u a
token showToken tokenPos test = tokenPrim showToken nextPos test
  where
    nextPos _ tok rest = case runIdentity (uncons rest) of
      Nothing -> tokenPos tok
      Just (tok', _) -> tokenPos tok'

tokenPrim ::
  Stream s m t =>
  (t -> String) -> (SourcePos -> t -> s -> SourcePos) -> (t -> Maybe a) -> ParsecT s u m a
tokenPrim showToken nextPos test = tokenPrimEx showToken nextPos Nothing test

tokenPrimEx ::
  Stream s m t =>
  (t -> String) ->
  (SourcePos -> t -> s -> SourcePos) ->
  Maybe (SourcePos -> t -> s -> u -> u) ->
  (t -> Maybe a) ->
  ParsecT s u m a
tokenPrimEx showToken nextPos nextUser test = ParsecT $ \(State input pos u) cok _ _ eerr -> do
  r <- uncons input
  case r of
    Nothing -> eerr (newErrorMessage (SysUnExpect "") pos)
    Just (c, cs) -> case test c of
      Nothing -> eerr (newErrorMessage (SysUnExpect (showToken c)) pos)
      Just x ->
        let pos' = nextPos pos c cs
            u' = case nextUser of
              Nothing -> u
              Just f -> f pos c cs u
            st' = State cs pos' u'
         in pos' `seq` st' `seq` cok x st' (newErrorUnknown pos')

many :: ParsecT s u m a -> ParsecT s u m [a]
many p = do
  xs <- manyAccum (:) p
  return (reverse xs)

skipMany :: ParsecT s u m a -> ParsecT s u m ()
skipMany p = do
  _ <- manyAccum (\_ _ -> []) p
  return ()

manyAccum :: (a -> [a] -> [a]) -> ParsecT s u m a -> ParsecT s u m [a]
manyAccum acc p = ParsecT $ \st cok cerr eok _ ->
  let step xs x s _ =
        let xs' = acc x xs
         in xs' `seq` unParser p s (step xs') cerr zz_manyErr (\e -> cok xs' s e)
   in unParser p st (step []) cerr zz_manyErr (\e -> eok [] st e)

-- The installed package's message, with the call stack its `error` call
-- prints (the location is in parsec's sources, so it is part of the text).
zz_manyErr :: a
zz_manyErr =
  errorWithoutStackTrace
    "Text.ParserCombinators.Parsec.Prim.many: combinator 'many' is applied to a parser that accepts an empty string.\n\
    \CallStack (from HasCallStack):\n\
    \  error, called at libraries/parsec/src/Text/Parsec/Prim.hs:697:11 in parsec-3.1.14.0:Text.Parsec.Prim"

runPT :: Stream s m t => ParsecT s u m a -> u -> SourceName -> s -> m (Either ParseError a)
runPT p u name input = do
  c <- runParsecT p (State input (initialPos name) u)
  r <- case c of
    Consumed mr -> mr
    Empty mr -> mr
  return $ case r of
    Ok x _ _ -> Right x
    Error e -> Left e

runP :: Stream s Identity t => Parsec s u a -> u -> SourceName -> s -> Either ParseError a
runP p u name input = runIdentity (runPT p u name input)

runParserT :: Stream s m t => ParsecT s u m a -> u -> SourceName -> s -> m (Either ParseError a)
runParserT = runPT

runParser :: Stream s Identity t => Parsec s u a -> u -> SourceName -> s -> Either ParseError a
runParser = runP

parse :: Stream s Identity t => Parsec s () a -> SourceName -> s -> Either ParseError a
parse p = runP p ()

parseTest :: (Stream s Identity t, Show a) => Parsec s () a -> s -> IO ()
parseTest p input = case parse p "" input of
  Left e -> do
    putStr "parse error at "
    print e
  Right x -> print x

getPosition :: Monad m => ParsecT s u m SourcePos
getPosition = do
  st <- getParserState
  return (statePos st)

getInput :: Monad m => ParsecT s u m s
getInput = do
  st <- getParserState
  return (stateInput st)

setPosition :: Monad m => SourcePos -> ParsecT s u m ()
setPosition pos = do
  _ <- updateParserState (\(State input _ u) -> State input pos u)
  return ()

setInput :: Monad m => s -> ParsecT s u m ()
setInput input = do
  _ <- updateParserState (\(State _ pos u) -> State input pos u)
  return ()

getParserState :: Monad m => ParsecT s u m (State s u)
getParserState = updateParserState id

setParserState :: Monad m => State s u -> ParsecT s u m (State s u)
setParserState st = updateParserState (const st)

updateParserState :: (State s u -> State s u) -> ParsecT s u m (State s u)
updateParserState f = ParsecT $ \st _ _ eok _ ->
  let st' = f st in eok st' st' (unknownError st')

getState :: Monad m => ParsecT s u m u
getState = stateUser `liftM` getParserState

putState :: Monad m => u -> ParsecT s u m ()
putState u = do
  _ <- updateParserState (\st -> st {stateUser = u})
  return ()

modifyState :: Monad m => (u -> u) -> ParsecT s u m ()
modifyState f = do
  _ <- updateParserState (\st -> st {stateUser = f (stateUser st)})
  return ()

setState :: Monad m => u -> ParsecT s u m ()
setState = putState

updateState :: Monad m => (u -> u) -> ParsecT s u m ()
updateState = modifyState
